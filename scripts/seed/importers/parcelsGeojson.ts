import { area } from '@turf/turf';
import { bulkInsert } from '../../../server/store/bulkInsert';
import { SEED_USER, type SeedContext } from '../context';
import type { RecipeInput } from '../recipe';
import { featureId, readGeojsonWgs84 } from './readGeojson';

/** Property names municipalities use for the designation (fastighetsbeteckning). */
const DESIGNATION_KEYS = ['designation', 'fastighetsbeteckning', 'FASTIGHETSBETECKNING', 'fastighet', 'FASTIGHET', 'beteckning', 'BETECKNING', 'name'];

/** Parcel polygons from a municipality's GeoJSON, in WGS 84 or SWEREF 99 TM. */
export async function importParcelsGeojson(ctx: SeedContext, input: RecipeInput, path: string): Promise<number> {
  const keys = input.designationProperty ? [input.designationProperty] : DESIGNATION_KEYS;
  const seen = new Set<string>();
  const rows = readGeojsonWgs84(path).flatMap((f, i) => {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') return [];
    const p = f.properties ?? {};
    const designation = keys.map((k) => p[k]).find((v) => typeof v === 'string' && v.trim());
    const id = `parcel-${featureId(f, String(designation ?? i)).replace(/[^A-Za-z0-9åäöÅÄÖ]+/g, '-')}`;
    if (seen.has(id)) return [];
    seen.add(id);
    return [[id, String(designation ?? id), ctx.recipe.centre.municipalityCode, f.geometry, area(f), input.source.id, false, SEED_USER] as const];
  });
  return bulkInsert(ctx.tx, 'parcels', [
    ['id', 'varchar'], ['designation', 'varchar'], ['municipality_code', 'varchar'], ['geom', 'geometry+extent'],
    ['area_m2', 'double'], ['source_id', 'varchar'], ['generated', 'boolean'], ['updated_by', 'varchar'],
  ], rows);
}
