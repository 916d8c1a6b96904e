import type { Db } from './db';
import { toFeature } from '../geo/features';

/** Districts with their current (highest-version) boundary. */
export async function listDistricts(db: Db) {
  const rows = await db.all<{ id: string; name: string; type: string; version: number; areaM2: number; updatedAt: string; generated: boolean; wkb: Uint8Array }>(
    `SELECT d.id, d.name, d.type, v.version, v.area_m2 AS "areaM2", strftime(v.created_at, '%Y-%m-%dT%H:%M:%SZ') AS "updatedAt",
            d.generated, ST_AsWKB(v.geom) AS wkb
     FROM districts d
     JOIN district_versions v ON v.district_id = d.id
       AND v.version = (SELECT max(version) FROM district_versions WHERE district_id = d.id)
     ORDER BY d.name`,
  );
  return rows.map(({ id, wkb, ...properties }) => toFeature(id, wkb, properties));
}
