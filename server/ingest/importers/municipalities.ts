import { insertRows } from '../../store/tables';
import type { SeedContext } from '../context';
import type { RecipeInput } from '../recipe';
import { readGeojsonWgs84 } from './readGeojson';

/** Municipality outlines (kommuner): the land of the offline base map and the data extent. */
export async function importMunicipalities(ctx: SeedContext, input: RecipeInput, path: string): Promise<number> {
  const rows = readGeojsonWgs84(path).flatMap((f) => {
    const p = f.properties ?? {};
    const code = p['ref:se:kommun:kod'] ?? p.kommunkod ?? p.code;
    const name = p.name ?? p.kommunnamn;
    if (!code || !name || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) return [];
    return [{ code: String(code), name: String(name), geom: f.geometry, source_id: input.source.id }];
  });
  return insertRows(ctx.tx, 'municipalities', rows);
}
