import { booleanPointInPolygon, point } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { listValue } from '@duckdb/node-api';
import { wkbToGeometry } from '../geo/wkb';
import type { SeedContext } from './context';
import { GridIndex } from './spatialIndex';

interface ParcelShape {
  id: string;
  geometry: Polygon | MultiPolygon;
  extent: number[];
}

async function loadParcels(ctx: Pick<SeedContext, 'tx'>): Promise<ParcelShape[]> {
  const rows = await ctx.tx.all<{
    id: string;
    wkb: Uint8Array;
    min_x: number;
    min_y: number;
    max_x: number;
    max_y: number;
  }>('SELECT id, ST_AsWKB(geom) AS wkb, min_x, min_y, max_x, max_y FROM parcels');
  return rows.map((r) => ({
    id: r.id,
    geometry: wkbToGeometry(r.wkb) as Polygon | MultiPolygon,
    extent: [r.min_x, r.min_y, r.max_x, r.max_y],
  }));
}

/**
 * Puts every premises on the parcel that contains it, or the nearest parcel within ~25 m
 * (OSM points often sit on the pavement in front of the building).
 */
export async function linkPremisesToParcels(ctx: Pick<SeedContext, 'tx' | 'log'>): Promise<void> {
  const parcels = await loadParcels(ctx);
  const index = new GridIndex<ParcelShape>(0.002);
  for (const p of parcels) index.insert(p.extent, p);
  const premises = await ctx.tx.all<{ id: string; lon: number; lat: number }>(
    'SELECT id, lon, lat FROM premises WHERE parcel_id IS NULL',
  );
  const near = 0.0004; // degrees, ~25 m north–south
  const links: [string, string][] = [];
  for (const pr of premises) {
    const candidates = index.query([pr.lon - near, pr.lat - near, pr.lon + near, pr.lat + near]);
    const pt = point([pr.lon, pr.lat]);
    const inside = candidates.find((c) => booleanPointInPolygon(pt, c.geometry));
    const chosen = inside ?? nearestByExtent(candidates, pr.lon, pr.lat, near);
    if (chosen) links.push([pr.id, chosen.id]);
  }
  if (links.length === 0) return;
  await ctx.tx.run(
    `UPDATE premises SET parcel_id = l.parcel_id
     FROM (SELECT unnest($premises) AS premises_id, unnest($parcels) AS parcel_id) l WHERE premises.id = l.premises_id`,
    { premises: listValue(links.map((l) => l[0])), parcels: listValue(links.map((l) => l[1])) },
  );
  ctx.log(`linked ${links.length} of ${premises.length} premises to parcels`);
}

function nearestByExtent(candidates: ParcelShape[], lon: number, lat: number, within: number): ParcelShape | undefined {
  let best: ParcelShape | undefined;
  let bestDistance = within;
  for (const c of candidates) {
    const dx = Math.max(c.extent[0] - lon, 0, lon - c.extent[2]) * Math.cos((lat * Math.PI) / 180);
    const dy = Math.max(c.extent[1] - lat, 0, lat - c.extent[3]);
    const d = Math.hypot(dx, dy);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}
