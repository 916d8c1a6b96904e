import type { Db } from './db';
import type { Extent } from '../domain/extent';
import { featureCollectionText, featureText, toFeature, type ApiFeature } from '../geo/features';
import { wkbToGeoJsonText } from '../geo/wkbToGeoJsonText';
import { extentOverlaps } from './extentFilter';
import { PRIVATE_OWNER_ID } from './districts';
import { visibleStatus, visibleStatusSince } from './premisesConsent';
import { MAX_FEATURES_PER_REQUEST } from '../domain/limits';

interface ParcelRow {
  id: string;
  designation: string;
  area_m2: number;
  generated: boolean;
  wkb: Uint8Array;
}

export interface ParcelProperties {
  designation: string;
  areaM2: number;
  generated: boolean;
}
export type ParcelCollection = {
  type: 'FeatureCollection';
  features: ApiFeature<ParcelProperties>[];
  truncated: boolean;
};

/** The parcels of a viewport as GeoJSON text: the map's hottest query, so no objects in between. */
export async function parcelsInBboxText(db: Db, bbox: Extent): Promise<string> {
  const rows = await db.all<ParcelRow>(
    `SELECT id, designation, area_m2, generated, ST_AsWKB(geom) AS wkb FROM parcels p
     WHERE ${extentOverlaps('p', bbox)} LIMIT ${MAX_FEATURES_PER_REQUEST + 1}`,
  );
  const truncated = rows.length > MAX_FEATURES_PER_REQUEST;
  const features = rows.slice(0, MAX_FEATURES_PER_REQUEST).map((r) =>
    featureText(r.id, wkbToGeoJsonText(r.wkb), {
      designation: r.designation,
      areaM2: r.area_m2,
      generated: r.generated,
    } satisfies ParcelProperties),
  );
  return featureCollectionText(features, { truncated });
}

export interface OwnerView {
  id: string;
  kind: string;
  name: string | null;
  isPrivatePerson: boolean;
  orgNumber: string | null;
  share: number;
  engagementStep: string;
}

/**
 * One parcel with its owners and premises. A private person's name is personal data: only a
 * planner's view includes it; everyone else gets null with isPrivatePerson. E-mail and phone
 * are never part of this view.
 */
export async function parcelDetail(db: Db, id: string, { includePersonalData }: { includePersonalData: boolean }) {
  const parcel = await db.one<ParcelRow & { municipality_code: string | null; source_title: string }>(
    `SELECT p.id, p.designation, p.area_m2, p.generated, p.municipality_code, ST_AsWKB(p.geom) AS wkb, s.title AS source_title
     FROM parcels p JOIN sources s ON s.id = p.source_id WHERE p.id = $id`,
    { id },
  );
  if (!parcel) return undefined;
  const owners = await db.all<OwnerView>(
    `SELECT ${PRIVATE_OWNER_ID} AS id, s.kind, CASE WHEN s.is_private_person AND NOT $personal THEN NULL ELSE s.name END AS name, s.is_private_person AS "isPrivatePerson",
            CASE WHEN s.is_private_person THEN NULL ELSE s.org_number END AS "orgNumber", o.share, s.engagement_step AS "engagementStep"
     FROM parcel_owners o JOIN stakeholders s ON s.id = o.stakeholder_id
     WHERE o.parcel_id = $id ORDER BY o.share DESC, s.name`,
    { id, personal: includePersonalData },
  );
  const premises = await db.all<{
    id: string;
    name: string | null;
    kind: string;
    status: string | null;
    statusSince: string | null;
    floorAreaM2: number | null;
    tenant: string | null;
  }>(
    `SELECT pr.id, pr.name, pr.kind, ${visibleStatus(includePersonalData)} AS status, ${visibleStatusSince(includePersonalData)} AS "statusSince", pr.floor_area_m2 AS "floorAreaM2",
            (SELECT string_agg(s.name, ', ') FROM premises_tenants t JOIN stakeholders s ON s.id = t.stakeholder_id
             WHERE t.premises_id = pr.id AND NOT s.is_private_person) AS tenant
     FROM premises pr LEFT JOIN premises_status st ON st.premises_id = pr.id AND st.valid_to IS NULL
     WHERE pr.parcel_id = $id ORDER BY st.status DESC, pr.name NULLS LAST, pr.id`,
    { id },
  );
  return {
    ...toFeature(parcel.id, parcel.wkb, {
      designation: parcel.designation,
      areaM2: parcel.area_m2,
      generated: parcel.generated,
      municipalityCode: parcel.municipality_code,
      source: parcel.source_title,
    }),
    owners,
    premises,
  };
}
