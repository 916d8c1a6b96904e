import { readFileSync } from 'node:fs';
import { insertRows } from '../../store/tables';
import { SEED_USER, type SeedContext } from '../context';
import type { RecipeInput } from '../recipe';
import { readOsmXml } from '../osm/readOsmXml';
import { floorArea } from '../generators/premises';

const key = (osmId: string) => osmId.replace(/[^A-Za-z0-9]+/g, '-');

/**
 * A full OpenStreetMap XML extract of a town centre: its buildings and streets become the
 * base map, its shops, eating places and services the premises. Floor areas are not in OSM and
 * are generated (and marked so). Incomplete relations are left out and logged.
 */
export async function importOsmXml(ctx: SeedContext, input: RecipeInput, path: string): Promise<number> {
  const extract = readOsmXml(readFileSync(path, 'utf8'));
  const source = input.source.id;
  const basemap = await insertRows(ctx.tx, 'basemap_features', [
    ...extract.buildings.map((b) => ({
      id: `osm-${key(b.osmId)}-building`,
      layer: 'building',
      kind: b.kind,
      name: b.name,
      geom: b.geometry,
      source_id: source,
      generated: false,
    })),
    ...extract.streets.map((s) => ({
      id: `osm-${key(s.osmId)}-road`,
      layer: 'road',
      kind: s.kind,
      name: s.name,
      geom: s.geometry,
      source_id: source,
      generated: false,
    })),
  ]);
  const premises = await insertRows(
    ctx.tx,
    'premises',
    extract.premises.map((p) => ({
      id: `osm-${key(p.osmId)}`,
      name: p.name,
      kind: p.kind,
      address: p.address,
      floor_area_m2: floorArea(ctx.random, p.kind),
      floor_area_generated: true,
      osm_id: p.osmId,
      lon: p.position[0],
      lat: p.position[1],
      geom: { type: 'Point' as const, coordinates: p.position },
      source_id: source,
      generated: false,
      updated_by: SEED_USER,
    })),
  );
  for (const r of extract.rejected) ctx.log(`left out ${r.osmId}: ${r.reason}`);
  return basemap + premises;
}
