import { readFileSync } from 'node:fs';
import { insertRows } from '../../store/tables';
import { SEED_USER, type SeedContext } from '../context';
import type { RecipeInput } from '../recipe';
import { readOsmXml } from '../osm/readOsmXml';
import { basemapRows, premisesRows } from '../osm/osmRows';

/**
 * A full OpenStreetMap XML extract of a town centre: its buildings and streets become the
 * base map, its shops, eating places and services the premises. Floor areas are not in OSM and
 * are generated (and marked so). Incomplete relations are left out and logged.
 */
export async function importOsmXml(ctx: SeedContext, input: RecipeInput, path: string): Promise<number> {
  const extract = readOsmXml(readFileSync(path, 'utf8'));
  const sourceId = input.source.id;
  const basemap = await insertRows(ctx.tx, 'basemap_features', basemapRows(extract, sourceId));
  const premises = await insertRows(
    ctx.tx,
    'premises',
    premisesRows(extract.premises, { sourceId, userId: SEED_USER, random: ctx.random }),
  );
  for (const r of extract.rejected) ctx.log(`left out ${r.osmId}: ${r.reason}`);
  return basemap + premises;
}
