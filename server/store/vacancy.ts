import { listValue } from '@duckdb/node-api';
import type { Db } from './db';
import { inIdList } from './idList';

/**
 * Vacancy over time from the premises' status history: on the first day of each month, the
 * share of premises standing empty, by count and by floor area. Premises without a status on
 * a date (not yet built, not yet known) do not count on that date.
 */
export async function vacancySeries(db: Db, premisesIds: string[], from: string, to: string) {
  return db.all<{
    at: string;
    premises: number;
    vacant: number;
    rate: number | null;
    floorAreaM2: number;
    vacantFloorAreaM2: number;
    areaRate: number | null;
  }>(
    `WITH dates AS (SELECT unnest(generate_series($from::DATE, $to::DATE - INTERVAL 1 DAY, INTERVAL 1 MONTH))::DATE AS at),
     status AS (
       SELECT d.at, s.status, coalesce(p.floor_area_m2, 0) AS area
       FROM dates d JOIN premises_status s ON s.valid_from <= d.at AND (s.valid_to IS NULL OR s.valid_to > d.at)
       JOIN premises p ON p.id = s.premises_id
       WHERE ${inIdList('s.premises_id')})
     SELECT strftime(d.at, '%Y-%m-%d') AS at, count(s.status)::INTEGER AS premises,
            count(*) FILTER (WHERE s.status = 'vacant')::INTEGER AS vacant,
            (count(*) FILTER (WHERE s.status = 'vacant') / nullif(count(s.status), 0))::DOUBLE AS rate,
            coalesce(sum(s.area), 0)::DOUBLE AS "floorAreaM2",
            coalesce(sum(s.area) FILTER (WHERE s.status = 'vacant'), 0)::DOUBLE AS "vacantFloorAreaM2",
            (sum(s.area) FILTER (WHERE s.status = 'vacant') / nullif(sum(s.area), 0))::DOUBLE AS "areaRate"
     FROM dates d LEFT JOIN status s ON s.at = d.at GROUP BY d.at ORDER BY d.at`,
    { ids: listValue(premisesIds), from, to },
  );
}

/**
 * The premises standing empty now, longest empty first, with the number of days and the parcel
 * they are on (what names a premises without an address); outside the planners' view only those
 * their owner has listed.
 */
export async function vacantNow(db: Db, premisesIds: string[], today: string, { seeAll }: { seeAll: boolean }) {
  return db.all<{
    id: string;
    name: string | null;
    address: string | null;
    kind: string;
    since: string;
    days: number;
    floorAreaM2: number | null;
    designation: string | null;
  }>(
    `SELECT p.id, p.name, p.address, pa.designation, p.kind, strftime(s.valid_from, '%Y-%m-%d') AS since, date_diff('day', s.valid_from, $today::DATE)::INTEGER AS days,
            p.floor_area_m2 AS "floorAreaM2"
     FROM premises p JOIN premises_status s ON s.premises_id = p.id AND s.valid_to IS NULL
     LEFT JOIN parcels pa ON pa.id = p.parcel_id
     WHERE s.status = 'vacant' AND ${inIdList('p.id')}
       ${seeAll ? '' : 'AND p.id IN (SELECT premises_id FROM premises_listings)'} ORDER BY s.valid_from, p.id`,
    { ids: listValue(premisesIds), today },
  );
}
