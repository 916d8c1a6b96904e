import { booleanIntersects, booleanPointInPolygon, point } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Db } from './db';
import { wkbToGeometry } from '../geo/wkb';

/** The footfall counters standing inside a district (few: exact test in TypeScript). */
export async function countersInside(db: Db, boundary: Polygon | MultiPolygon): Promise<string[]> {
  return (await db.all<{ id: string; lon: number; lat: number }>('SELECT id, lon, lat FROM footfall_counters ORDER BY id'))
    .filter((k) => booleanPointInPolygon(point([k.lon, k.lat]), boundary)).map((k) => k.id);
}

/** The turnover-index zones a district touches. */
export async function zonesTouching(db: Db, boundary: Polygon | MultiPolygon): Promise<{ id: string; name: string }[]> {
  return (await db.all<{ id: string; name: string; wkb: Uint8Array }>('SELECT id, name, ST_AsWKB(geom) AS wkb FROM index_zones ORDER BY name'))
    .filter((z) => booleanIntersects(wkbToGeometry(z.wkb) as Polygon, boundary)).map(({ id, name }) => ({ id, name }));
}
