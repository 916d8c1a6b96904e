import type { Db } from './db';
import type { Extent } from '../domain/extent';
import { extentOverlaps, pointInExtent } from './extentFilter';

/** Whether a layer's rows in a place are real (imported or drawn), generated demo data, both, or none. */
export type Provenance = 'real' | 'generated' | 'mixed' | 'none';

/** A district boundary (any version) in the extent: how districts and their actions belong to a place. */
const boundaryIn = (districtId: string, e: Extent) =>
  `SELECT 1 FROM district_versions v WHERE v.district_id = ${districtId} AND ${extentOverlaps('v', e)}`;

/** Each layer's rows that lie in an extent, as `FROM … WHERE …` over an alias `t` with a `generated` column. */
const LAYERS = {
  parcels: (e: Extent) => `FROM parcels t WHERE ${extentOverlaps('t', e)}`,
  premises: (e: Extent) => `FROM premises t WHERE ${pointInExtent('t.lon', 't.lat', e)}`,
  footfall: (e: Extent) => `FROM footfall_counters t WHERE ${pointInExtent('t.lon', 't.lat', e)}`,
  indexZones: (e: Extent) => `FROM index_zones t WHERE ${extentOverlaps('t', e)}`,
  districts: (e: Extent) => `FROM districts t WHERE EXISTS (${boundaryIn('t.id', e)})`,
  actions: (e: Extent) => `FROM actions t WHERE EXISTS (${boundaryIn('t.district_id', e)})`,
  buildings: (e: Extent) => `FROM basemap_features t WHERE t.layer = 'building' AND ${extentOverlaps('t', e)}`,
  streets: (e: Extent) => `FROM basemap_features t WHERE t.layer = 'road' AND ${extentOverlaps('t', e)}`,
};
type Layer = keyof typeof LAYERS;

/**
 * What is real and what is generated in a place, layer by layer: the layer list and the public
 * page say so from the data itself, so a municipality's own parcels are never called generated
 * and a district a planner drew is not demo data. One query; each part stops at the
 * first row it finds.
 */
export async function provenanceIn(db: Db, extent: Extent): Promise<Record<Layer, Provenance>> {
  const layers = Object.keys(LAYERS) as Layer[];
  const columns = layers.flatMap((layer) => [
    `EXISTS (SELECT 1 ${LAYERS[layer](extent)} AND t.generated) AS "${layer}Generated"`,
    `EXISTS (SELECT 1 ${LAYERS[layer](extent)} AND NOT t.generated) AS "${layer}Real"`,
  ]);
  const row = (await db.one<Record<string, boolean>>(`SELECT ${columns.join(', ')}`))!;
  const of = (layer: Layer): Provenance => {
    const [generated, real] = [row[`${layer}Generated`], row[`${layer}Real`]];
    return generated && real ? 'mixed' : real ? 'real' : generated ? 'generated' : 'none';
  };
  return Object.fromEntries(layers.map((layer) => [layer, of(layer)])) as Record<Layer, Provenance>;
}
