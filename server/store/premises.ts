import type { Db } from './db';
import type { Extent } from '../domain/extent';
import { MAX_FEATURES_PER_REQUEST } from '../domain/limits';
import { pointInExtent } from './extentFilter';
import { visibleStatus, visibleStatusSince } from './premisesConsent';

export type PremisesStatus = 'occupied' | 'vacant';

interface PremisesRow {
  id: string;
  name: string | null;
  kind: string;
  address: string | null;
  lon: number;
  lat: number;
  parcelId: string | null;
  floorAreaM2: number | null;
  floorAreaGenerated: boolean;
  status: PremisesStatus | null;
  statusSince: string | null;
  generated: boolean;
}

const CURRENT_STATUS = `LEFT JOIN premises_status st ON st.premises_id = pr.id AND st.valid_to IS NULL`;
const columns = (
  seeAll: boolean,
) => `pr.id, pr.name, pr.kind, pr.address, pr.lon, pr.lat, pr.parcel_id AS "parcelId", pr.floor_area_m2 AS "floorAreaM2",
  pr.floor_area_generated AS "floorAreaGenerated", ${visibleStatus(seeAll)} AS status, ${visibleStatusSince(seeAll)} AS "statusSince", pr.generated`;

/** The status period holding a date: what the premises was on that day. */
const STATUS_AT = `LEFT JOIN premises_status st ON st.premises_id = pr.id AND st.valid_from <= $at::DATE AND (st.valid_to IS NULL OR st.valid_to > $at::DATE)`;

export async function premisesInBbox(
  db: Db,
  bbox: Extent,
  filter: { status?: PremisesStatus; kind?: string; at?: string },
  { seeAll }: { seeAll: boolean },
) {
  const rows = await db.all<PremisesRow>(
    `SELECT ${columns(seeAll)} FROM premises pr ${filter.at ? STATUS_AT : CURRENT_STATUS}
     WHERE ${pointInExtent('pr.lon', 'pr.lat', bbox)} AND ($status IS NULL OR (${visibleStatus(seeAll)}) = $status) AND ($kind IS NULL OR pr.kind = $kind)
     ORDER BY pr.id LIMIT ${MAX_FEATURES_PER_REQUEST + 1}`,
    { status: filter.status ?? null, kind: filter.kind ?? null, ...(filter.at ? { at: filter.at } : {}) },
  );
  const truncated = rows.length > MAX_FEATURES_PER_REQUEST;
  return { features: rows.slice(0, MAX_FEATURES_PER_REQUEST).map(toFeature), truncated };
}

function toFeature({ lon, lat, ...properties }: PremisesRow) {
  return {
    type: 'Feature' as const,
    id: properties.id,
    geometry: { type: 'Point' as const, coordinates: [lon, lat] },
    properties,
  };
}

export async function premisesDetail(db: Db, id: string, { seeAll }: { seeAll: boolean }) {
  const row = await db.one<PremisesRow & { parcelDesignation: string | null; source: string }>(
    `SELECT ${columns(seeAll)}, p.designation AS "parcelDesignation", s.title AS source
     FROM premises pr ${CURRENT_STATUS} LEFT JOIN parcels p ON p.id = pr.parcel_id JOIN sources s ON s.id = pr.source_id
     WHERE pr.id = $id`,
    { id },
  );
  if (!row) return undefined;
  // The history of vacancies is the planners' (see premisesConsent).
  const history = seeAll
    ? await db.all<{ status: PremisesStatus; from: string; to: string | null; generated: boolean }>(
        `SELECT status, strftime(valid_from, '%Y-%m-%d') AS "from", strftime(valid_to, '%Y-%m-%d') AS "to", generated
         FROM premises_status WHERE premises_id = $id ORDER BY valid_from DESC`,
        { id },
      )
    : [];
  const tenants = await db.all<{ id: string; name: string; since: string | null }>(
    `SELECT s.id, s.name, strftime(t.since, '%Y-%m-%d') AS since FROM premises_tenants t JOIN stakeholders s ON s.id = t.stakeholder_id
     WHERE t.premises_id = $id AND NOT s.is_private_person ORDER BY s.name`,
    { id },
  );
  const { parcelDesignation, source, ...rest } = row;
  const feature = toFeature(rest);
  return { ...feature, properties: { ...feature.properties, parcelDesignation, source }, history, tenants };
}
