import { area } from '@turf/turf';
import { insertRows } from '../../store/tables';
import { SEED_USER, type SeedContext } from '../context';
import type { RecipeInput } from '../recipe';
import { featureId, readGeojsonWgs84 } from './readGeojson';

/** Property names municipalities use for the designation (fastighetsbeteckning). */
const DESIGNATION_KEYS = [
  'designation',
  'fastighetsbeteckning',
  'FASTIGHETSBETECKNING',
  'fastighet',
  'FASTIGHET',
  'beteckning',
  'BETECKNING',
  'name',
];

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
    return [
      {
        id,
        designation: String(designation ?? id),
        municipality_code: ctx.recipe.centre.municipalityCode,
        geom: f.geometry,
        area_m2: area(f),
        source_id: input.source.id,
        generated: false,
        updated_by: SEED_USER,
      },
    ];
  });
  return insertRows(ctx.tx, 'parcels', rows);
}
