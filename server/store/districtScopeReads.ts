import type { MultiPolygon, Polygon } from 'geojson';
import type { Db } from './db';
import type { Extent } from '../domain/extent';
import { wkbToGeometry } from '../geo/wkb';
import { extentOverlaps, pointInExtent } from './extentFilter';

/** Candidate shapes and positions for a district's scope: filtered by extent here, exactly in services/. */
export async function parcelShapesInExtent(db: Db, extent: Extent) {
  const rows = await db.all<{ id: string; wkb: Uint8Array }>(
    `SELECT id, ST_AsWKB(geom) AS wkb FROM parcels p WHERE ${extentOverlaps('p', extent)}`,
  );
  return rows.map((r) => ({ id: r.id, geometry: wkbToGeometry(r.wkb) as Polygon | MultiPolygon }));
}

export function premisesPositionsInExtent(db: Db, extent: Extent) {
  return db.all<{ id: string; lon: number; lat: number }>(
    `SELECT id, lon, lat FROM premises pr WHERE ${pointInExtent('pr.lon', 'pr.lat', extent)}`,
  );
}

export function counterPositions(db: Db) {
  return db.all<{ id: string; lon: number; lat: number }>('SELECT id, lon, lat FROM footfall_counters ORDER BY id');
}

export async function zoneShapes(db: Db) {
  const rows = await db.all<{ id: string; name: string; wkb: Uint8Array }>(
    'SELECT id, name, ST_AsWKB(geom) AS wkb FROM index_zones ORDER BY name',
  );
  return rows.map((z) => ({ id: z.id, name: z.name, geometry: wkbToGeometry(z.wkb) as Polygon | MultiPolygon }));
}
