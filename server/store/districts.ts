import { listValue } from '@duckdb/node-api';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Db } from './db';
import { visibleStatus } from './premisesConsent';
import { toFeature } from '../geo/features';
import { wkbToGeometry } from '../geo/wkb';
import type { Extent } from '../domain/extent';
import { extentOverlaps } from './extentFilter';
import { inIdList } from './idList';

const CURRENT_VERSION = `JOIN district_versions v ON v.district_id = d.id
  AND v.version = (SELECT max(version) FROM district_versions WHERE district_id = d.id)`;

/** Districts with their current (highest-version) boundary. */
/** Districts with their current boundary; within a place's extent when one is given. */
export async function listDistricts(db: Db, within?: Extent) {
  const rows = await db.all<{
    id: string;
    name: string;
    type: string;
    version: number;
    areaM2: number;
    updatedAt: string;
    generated: boolean;
    wkb: Uint8Array;
  }>(
    `SELECT d.id, d.name, d.type, v.version, v.area_m2 AS "areaM2", strftime(v.created_at, '%Y-%m-%dT%H:%M:%SZ') AS "updatedAt",
            d.generated, ST_AsWKB(v.geom) AS wkb
     FROM districts d ${CURRENT_VERSION} ${within ? `WHERE ${extentOverlaps('v', within)}` : ''} ORDER BY d.name`,
  );
  return rows.map(({ id, wkb, ...properties }) => toFeature(id, wkb, properties));
}

export type DistrictBoundary = NonNullable<Awaited<ReturnType<typeof currentBoundary>>>;

export async function currentBoundary(db: Db, id: string) {
  const row = await db.one<{
    id: string;
    name: string;
    type: string;
    municipalityCode: string | null;
    version: number;
    areaM2: number;
    wkb: Uint8Array;
  }>(
    `SELECT d.id, d.name, d.type, d.municipality_code AS "municipalityCode", v.version, v.area_m2 AS "areaM2", ST_AsWKB(v.geom) AS wkb FROM districts d ${CURRENT_VERSION} WHERE d.id = $id`,
    { id },
  );
  return row && { ...row, geometry: wkbToGeometry(row.wkb) as Polygon | MultiPolygon };
}

export async function districtExists(db: Db, id: string): Promise<boolean> {
  return (await db.one('SELECT 1 FROM districts WHERE id = $id', { id })) !== undefined;
}

/**
 * The owner's id as the caller may see it: a private person's own id only for planners (with
 * `$personal`), else a per-parcel placeholder. Expects `o` (parcel_owners) and `s` (stakeholders).
 */
export const PRIVATE_OWNER_ID = `CASE WHEN s.is_private_person AND NOT $personal
  THEN 'privatperson-' || row_number() OVER (PARTITION BY o.parcel_id ORDER BY o.share DESC, s.id) ELSE s.id END`;

/** How a planner's edit is credited outside the planners' own view. */
export const PLANNERS_AS_ONE = 'Områdets planerare';

/** Who saved something, as the caller may see it: a planner's name for planners only. */
const savedBy = (userColumn: string, nameColumn: string) =>
  `CASE WHEN $personal THEN coalesce(${nameColumn}, ${userColumn}) ELSE '${PLANNERS_AS_ONE}' END`;

/** Every saved boundary of a district, newest first: who (for planners), when, why, how large. */
export async function listVersions(db: Db, id: string, { includePersonalData }: { includePersonalData: boolean }) {
  const rows = await db.all<{
    version: number;
    note: string | null;
    createdAt: string;
    createdBy: string;
    areaM2: number;
    wkb: Uint8Array;
  }>(
    `SELECT v.version, v.note, strftime(v.created_at, '%Y-%m-%dT%H:%M:%SZ') AS "createdAt",
            ${savedBy('v.created_by', 'u.name')} AS "createdBy", v.area_m2 AS "areaM2", ST_AsWKB(v.geom) AS wkb
     FROM district_versions v LEFT JOIN users u ON u.id = v.created_by
     WHERE v.district_id = $id ORDER BY v.version DESC`,
    { id, personal: includePersonalData },
  );
  return rows.map(({ wkb, ...properties }) => toFeature(`${id}@${properties.version}`, wkb, properties));
}

export interface DistrictParcel {
  shareInside: number;
  edge: boolean;
  /** Ground-floor premises on the parcel, and how many of them are (visibly) vacant. */
  premises: number;
  vacant: number;
  owners: {
    id: string;
    name: string | null;
    kind: string;
    isPrivatePerson: boolean;
    orgNumber: string | null;
    share: number;
    engagementStep: string;
  }[];
  tenants: {
    id: string;
    name: string;
    premisesId: string;
    premisesName: string | null;
    kind: string;
    status: string | null;
    engagementStep: string;
  }[];
}

/** Parcels by id with their owners and tenants; a private person's name only with `includePersonalData`. */
export async function parcelsWithStakeholders(
  db: Db,
  parcelIds: string[],
  { includePersonalData }: { includePersonalData: boolean },
) {
  const ids = listValue(parcelIds);
  const [parcels, owners, tenants, premises] = await Promise.all([
    db.all<{ id: string; designation: string; areaM2: number; generated: boolean }>(
      `SELECT id, designation, area_m2 AS "areaM2", generated FROM parcels WHERE ${inIdList('id')}`,
      { ids },
    ),
    db.all<DistrictParcel['owners'][number] & { parcelId: string }>(
      // A private person's id would link every parcel they own: outside the planners' view they
      // are "privatperson-1, -2 …" of each parcel.
      `SELECT o.parcel_id AS "parcelId", ${PRIVATE_OWNER_ID} AS id, CASE WHEN s.is_private_person AND NOT $personal THEN NULL ELSE s.name END AS name, s.kind,
              s.is_private_person AS "isPrivatePerson", CASE WHEN s.is_private_person THEN NULL ELSE s.org_number END AS "orgNumber",
              o.share, s.engagement_step AS "engagementStep"
       FROM parcel_owners o JOIN stakeholders s ON s.id = o.stakeholder_id
       WHERE ${inIdList('o.parcel_id')} ORDER BY o.share DESC, s.name`,
      { ids, personal: includePersonalData },
    ),
    db.all<DistrictParcel['tenants'][number] & { parcelId: string }>(
      `SELECT pr.parcel_id AS "parcelId", s.id, s.name, pr.id AS "premisesId", pr.name AS "premisesName", pr.kind, ${visibleStatus(includePersonalData)} AS status,
              s.engagement_step AS "engagementStep"
       FROM premises pr JOIN premises_tenants t ON t.premises_id = pr.id JOIN stakeholders s ON s.id = t.stakeholder_id
       LEFT JOIN premises_status st ON st.premises_id = pr.id AND st.valid_to IS NULL
       WHERE ${inIdList('pr.parcel_id')} AND (NOT s.is_private_person OR $personal) ORDER BY s.name`,
      { ids, personal: includePersonalData },
    ),
    db.all<{ parcelId: string; premises: number; vacant: number }>(
      `SELECT pr.parcel_id AS "parcelId", count(*)::INTEGER AS premises,
              count(*) FILTER (WHERE (${visibleStatus(includePersonalData)}) = 'vacant')::INTEGER AS vacant
       FROM premises pr LEFT JOIN premises_status st ON st.premises_id = pr.id AND st.valid_to IS NULL
       WHERE ${inIdList('pr.parcel_id')} GROUP BY ALL`,
      { ids },
    ),
  ]);
  const premisesOf = new Map(premises.map((p) => [p.parcelId, p]));
  const byParcel = <T extends { parcelId: string }>(list: T[]) => {
    const map = new Map<string, Omit<T, 'parcelId'>[]>();
    for (const { parcelId, ...rest } of list) map.set(parcelId, [...(map.get(parcelId) ?? []), rest]);
    return map;
  };
  const ownersOf = byParcel(owners);
  const tenantsOf = byParcel(tenants);
  return new Map(
    parcels.map((p) => [
      p.id,
      {
        ...p,
        premises: premisesOf.get(p.id)?.premises ?? 0,
        vacant: premisesOf.get(p.id)?.vacant ?? 0,
        owners: (ownersOf.get(p.id) ?? []) as DistrictParcel['owners'],
        tenants: (tenantsOf.get(p.id) ?? []) as DistrictParcel['tenants'],
      },
    ]),
  );
}

/** Premises by id with their current status, kind and floor area. */
export function premisesByIds(db: Db, premisesIds: string[]) {
  return db.all<{
    id: string;
    lon: number;
    lat: number;
    kind: string;
    status: string | null;
    floorAreaM2: number | null;
  }>(
    `SELECT pr.id, pr.lon, pr.lat, pr.kind, st.status, pr.floor_area_m2 AS "floorAreaM2"
     FROM premises pr LEFT JOIN premises_status st ON st.premises_id = pr.id AND st.valid_to IS NULL
     WHERE ${inIdList('pr.id')} ORDER BY pr.id`,
    { ids: listValue(premisesIds) },
  );
}
