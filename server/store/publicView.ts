import type { Db } from './db';
import { wkbToGeometry } from '../geo/wkb';
import type { Extent } from '../domain/extent';
import { extentOverlaps, pointInExtent } from './extentFilter';

/**
 * What the public may see, selected column by column: public actions in their public words,
 * vacant premises with address and size. No names of people, no money, no contact details.
 */
export async function publicActions(db: Db, place: Extent) {
  const rows = await db.all<{
    id: string;
    title: string;
    publicText: string;
    focusArea: string;
    status: string;
    start: string | null;
    end: string | null;
    districtId: string;
    districtName: string;
    wkb: Uint8Array | null;
  }>(
    `SELECT a.id, a.title, a.public_text AS "publicText", a.focus_area AS "focusArea", a.status,
            strftime(a.start_date, '%Y-%m-%d') AS start, strftime(a.end_date, '%Y-%m-%d') AS "end",
            d.id AS "districtId", d.name AS "districtName", CASE WHEN a.geom IS NULL THEN NULL ELSE ST_AsWKB(a.geom) END AS wkb
     FROM actions a JOIN districts d ON d.id = a.district_id
     JOIN district_versions v ON v.district_id = d.id AND v.version = (SELECT max(version) FROM district_versions WHERE district_id = d.id)
     WHERE ${extentOverlaps('v', place)} AND a.public AND a.public_text IS NOT NULL AND a.status IN ('planned', 'ongoing', 'done')
     ORDER BY a.start_date NULLS LAST, a.title`,
  );
  return rows.map(({ wkb, ...a }) => ({ ...a, geometry: wkb ? wkbToGeometry(wkb) : null }));
}

/**
 * Vacant premises on offer: only those an owner (or a planner on the owner's behalf) has listed,
 * with the text and contact they chose to publish, newest listing first. Every other vacancy
 * counts only in the rates; publishing it would be the municipality's call, not the owner's.
 */
export async function publicVacancies(db: Db, place: Extent) {
  return db.all<{
    id: string;
    address: string | null;
    designation: string | null;
    kind: string;
    floorAreaM2: number | null;
    vacantSince: string;
    lon: number;
    lat: number;
    generated: boolean;
    offer: string;
    contact: string;
    /** The listing photo's type (its bytes at `/api/public/vacancies/<id>/photo`), null without one. */
    photoType: string | null;
  }>(
    `SELECT pr.id, pr.address, pa.designation, pr.kind, pr.floor_area_m2 AS "floorAreaM2", strftime(st.valid_from, '%Y-%m-%d') AS "vacantSince", pr.lon, pr.lat,
            pr.generated OR l.generated AS generated, l.text AS offer, l.contact, l.photo_type AS "photoType"
     FROM premises pr JOIN premises_status st ON st.premises_id = pr.id AND st.valid_to IS NULL
     JOIN premises_listings l ON l.premises_id = pr.id
     LEFT JOIN parcels pa ON pa.id = pr.parcel_id
     WHERE st.status = 'vacant' AND ${pointInExtent('pr.lon', 'pr.lat', place)} ORDER BY l.published_at DESC, st.valid_from, pr.id`,
  );
}

/**
 * Aggregate footfall for the public: the total of all counters per ISO week, the last twelve
 * full weeks, oldest first. Counts of passers-by, never anything about a person.
 */
export async function publicFootfallWeeks(db: Db, place: Extent) {
  const newestFirst = await db.all<{ week: string; count: number }>(
    `WITH weeks AS (
       SELECT date_trunc('week', timezone('Europe/Stockholm', ts)) AS week, sum(count)::DOUBLE AS count, count(*) AS hours
       FROM footfall_counts WHERE counter_id IN (SELECT id FROM footfall_counters c WHERE ${pointInExtent('c.lon', 'c.lat', place)})
       GROUP BY 1)
     SELECT strftime(week, '%Y-%m-%d') AS week, count FROM weeks
     -- A full week has 168 hours, 167 or 169 when summer time starts or ends.
     WHERE hours >= (SELECT count(*) FROM footfall_counters c WHERE ${pointInExtent('c.lon', 'c.lat', place)}) * 167
     ORDER BY week DESC LIMIT 12`,
  );
  return newestFirst.reverse();
}

/** The photo of a listed premises that is vacant now: what the public map shows with its listing. */
export async function publicListingPhoto(db: Db, premisesId: string) {
  return db.one<{ photo: Uint8Array; type: string }>(
    `SELECT l.photo, l.photo_type AS type FROM premises_listings l
     JOIN premises_status st ON st.premises_id = l.premises_id AND st.valid_to IS NULL AND st.status = 'vacant'
     WHERE l.premises_id = $id AND l.photo IS NOT NULL`,
    { id: premisesId },
  );
}
