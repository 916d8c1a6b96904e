import { readFileSync } from 'node:fs';
import { SEED_USER, type SeedContext } from '../context';
import type { RecipeInput, RecipePlace } from '../recipe';
import { readOsmXml } from '../osm/readOsmXml';
import { writeOsmIntoPlace } from '../importOsmIntoPlace';

/**
 * A full OpenStreetMap XML extract of a place, loaded by the import a planner runs (the same
 * code, in the seed's transaction): buildings and streets become the base map, shops, eating
 * places and services the premises. Their status history is generated next, marked so.
 */
export async function importOsmXml(
  ctx: SeedContext,
  input: RecipeInput,
  path: string,
  place?: RecipePlace,
): Promise<number> {
  if (!place) throw new Error(`${input.file}: an OpenStreetMap extract is imported into a place; list it under one`);
  const report = await writeOsmIntoPlace(ctx.tx, place, readOsmXml(readFileSync(path, 'utf8')), {
    userId: SEED_USER,
    source: input.source,
    openFromToday: false,
  });
  for (const r of report.rejected) ctx.log(`left out ${r.osmId}: ${r.reason}`);
  return report.buildings + report.streets + report.premises.new;
}
