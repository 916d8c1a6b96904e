import { randomBytes } from 'node:crypto';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Db, Tx } from './db';
import { insertRows } from './tables';
import { audit } from './audit';
import { expectVersion } from './editVersions';
import type { DistrictType } from '../domain/districts';
import { boundaryAreaM2 } from '../domain/boundaryArea';
import { slug } from '../domain/slug';

/** A district row; its boundary comes as versions. The API and the seed both write it here. */
export async function insertDistrict(
  tx: Tx,
  d: { id: string; name: string; type: DistrictType; municipalityCode: string | null; generated: boolean },
  userId: string,
) {
  await insertRows(tx, 'districts', [
    {
      id: d.id,
      name: d.name,
      type: d.type,
      municipality_code: d.municipalityCode,
      generated: d.generated,
      created_by: userId,
    },
  ]);
}

/** One boundary version with its area, computed here and nowhere else. */
export async function insertBoundaryVersion(
  tx: Tx,
  districtId: string,
  version: number,
  geometry: Polygon | MultiPolygon,
  note: string | null,
  userId: string,
) {
  const areaM2 = boundaryAreaM2(geometry);
  await insertRows(tx, 'district_versions', [
    { district_id: districtId, version, geom: geometry, area_m2: areaM2, note, created_by: userId },
  ]);
  return areaM2;
}

/** A new district with its first boundary version; one transaction, audited. */
export async function createDistrict(
  db: Db,
  input: {
    name: string;
    type: DistrictType;
    geometry: Polygon | MultiPolygon;
    note: string | null;
    municipalityCode: string | null;
  },
  userId: string,
) {
  const id = `district-${slug(input.name, 40) || 'district'}-${randomBytes(3).toString('hex')}`;
  return db.transaction(async (tx) => {
    await insertDistrict(
      tx,
      { id, name: input.name, type: input.type, municipalityCode: input.municipalityCode, generated: false },
      userId,
    );
    const areaM2 = await insertBoundaryVersion(tx, id, 1, input.geometry, input.note, userId);
    const after = { id, name: input.name, type: input.type, version: 1, areaM2 };
    await audit(tx, { userId, action: 'create', entity: 'district', entityId: id, after });
    return after;
  });
}

/** Saves a boundary as the district's next version; the old versions stay as history. */
export async function addBoundaryVersion(
  db: Db,
  districtId: string,
  geometry: Polygon | MultiPolygon,
  note: string | null,
  userId: string,
  basedOn?: number,
) {
  return db.transaction(async (tx) => {
    await expectVersion(tx, 'boundary', districtId, basedOn);
    const current = await tx.one<{ version: number; areaM2: number }>(
      'SELECT version, area_m2 AS "areaM2" FROM district_versions WHERE district_id = $id ORDER BY version DESC LIMIT 1',
      { id: districtId },
    );
    if (!current) return undefined;
    const version = current.version + 1;
    const areaM2 = await insertBoundaryVersion(tx, districtId, version, geometry, note, userId);
    await audit(tx, {
      userId,
      action: 'new-boundary-version',
      entity: 'district',
      entityId: districtId,
      before: current,
      after: { version, areaM2, note },
    });
    return { id: districtId, version, areaM2 };
  });
}
