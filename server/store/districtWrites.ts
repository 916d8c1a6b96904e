import { randomBytes } from 'node:crypto';
import { area } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Db, Tx } from './db';
import { bulkInsert } from './bulkInsert';
import { audit } from './audit';
import type { DistrictType } from '../domain/districts';

function slug(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'district';
}

async function insertVersion(tx: Tx, districtId: string, version: number, geometry: Polygon | MultiPolygon, note: string | null, userId: string) {
  const areaM2 = Math.round(area(geometry) * 10) / 10;
  await bulkInsert(tx, 'district_versions',
    [['district_id', 'varchar'], ['version', 'integer'], ['geom', 'geometry+extent'], ['area_m2', 'double'], ['note', 'varchar'], ['created_by', 'varchar']],
    [[districtId, version, geometry, areaM2, note, userId]]);
  return areaM2;
}

/** A new district with its first boundary version; one transaction, audited. */
export async function createDistrict(db: Db, input: { name: string; type: DistrictType; geometry: Polygon | MultiPolygon; note: string | null; municipalityCode: string | null }, userId: string) {
  const id = `district-${slug(input.name)}-${randomBytes(3).toString('hex')}`;
  return db.transaction(async (tx) => {
    await tx.run(
      'INSERT INTO districts (id, name, type, municipality_code, generated, created_by) VALUES ($id, $name, $type, $code, false, $user)',
      { id, name: input.name, type: input.type, code: input.municipalityCode, user: userId });
    const areaM2 = await insertVersion(tx, id, 1, input.geometry, input.note, userId);
    const after = { id, name: input.name, type: input.type, version: 1, areaM2 };
    await audit(tx, { userId, action: 'create', entity: 'district', entityId: id, after });
    return after;
  });
}

/** Saves a boundary as the district's next version; the old versions stay as history. */
export async function addBoundaryVersion(db: Db, districtId: string, geometry: Polygon | MultiPolygon, note: string | null, userId: string) {
  return db.transaction(async (tx) => {
    const current = await tx.one<{ version: number; areaM2: number }>(
      'SELECT version, area_m2 AS "areaM2" FROM district_versions WHERE district_id = $id ORDER BY version DESC LIMIT 1', { id: districtId });
    if (!current) return undefined;
    const version = current.version + 1;
    const areaM2 = await insertVersion(tx, districtId, version, geometry, note, userId);
    await audit(tx, { userId, action: 'new-boundary-version', entity: 'district', entityId: districtId, before: current, after: { version, areaM2, note } });
    return { id: districtId, version, areaM2 };
  });
}
