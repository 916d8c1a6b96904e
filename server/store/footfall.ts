import { listValue } from '@duckdb/node-api';
import type { Db } from './db';
import { stockholmMidnightUtc, toStockholmIso } from '../domain/stockholmTime';
import { lastFullWeek } from '../domain/weeks';
import type { Extent } from '../domain/extent';
import { pointInExtent } from './extentFilter';
import { inIdList } from './idList';

export type Interval = 'hour' | 'day' | 'week' | 'month';

interface CounterRow {
  id: string;
  name: string;
  lon: number;
  lat: number;
  generated: boolean;
  installedOn: string | null;
}

export async function counterExists(db: Db, id: string): Promise<boolean> {
  return Boolean(await db.one('SELECT 1 FROM footfall_counters WHERE id = $id', { id }));
}

/** The last complete ISO week of the counts (local time), null while there are none. */
export async function lastFullWeekOfData(db: Db) {
  const end = await db.one<{ last: number | null }>('SELECT epoch_ms(max(ts))::DOUBLE AS last FROM footfall_counts');
  // The last hour's counts run to an hour after its timestamp.
  return end?.last != null ? lastFullWeek(end.last + 3_600_000) : null;
}

/** Counters (within a place's extent, if given) with the counts of the last full ISO week in the data and the week before. */
export async function countersWithLastWeek(db: Db, within?: Extent) {
  const counters = await db.all<CounterRow>(
    `SELECT id, name, lon, lat, generated, strftime(installed_on, '%Y-%m-%d') AS "installedOn" FROM footfall_counters c
     ${within ? `WHERE ${pointInExtent('c.lon', 'c.lat', within)}` : ''} ORDER BY name`,
  );
  const week = await lastFullWeekOfData(db);
  const sums = new Map<string, { lastWeek: number; weekBefore: number }>();
  if (week) {
    const rows = await db.all<{ counter_id: string; lastWeek: number; weekBefore: number }>(
      `SELECT counter_id,
              coalesce(sum(count) FILTER (WHERE ts >= to_timestamp($start / 1000)), 0)::DOUBLE AS "lastWeek",
              coalesce(sum(count) FILTER (WHERE ts < to_timestamp($start / 1000)), 0)::DOUBLE AS "weekBefore"
       FROM footfall_counts WHERE ts >= to_timestamp($before / 1000) AND ts < to_timestamp($end / 1000)
       GROUP BY counter_id`,
      { start: week.startUtc, before: week.startUtc - 7 * 86_400_000, end: week.endUtc },
    );
    for (const r of rows) sums.set(r.counter_id, { lastWeek: r.lastWeek, weekBefore: r.weekBefore });
  }
  const features = counters.map(({ lon, lat, ...c }) => ({
    type: 'Feature' as const,
    id: c.id,
    geometry: { type: 'Point' as const, coordinates: [lon, lat] },
    properties: {
      ...c,
      lastWeekStart: week?.startDate ?? null,
      lastWeekCount: sums.get(c.id)?.lastWeek ?? 0,
      weekBeforeCount: sums.get(c.id)?.weekBefore ?? 0,
    },
  }));
  return { features, lastWeekStart: week?.startDate ?? null };
}

/**
 * Counts of one or more counters (a district's) summed into buckets of local Stockholm time.
 * Hours are grouped on UTC instants (so the repeated hour when summer time ends stays two
 * buckets); days, ISO weeks and months come from the daily rollup. Buckets without data are
 * left out rather than reported as zero.
 */
export async function summedSeries(db: Db, counterIds: string[], from: string, to: string, interval: Interval) {
  if (interval !== 'hour') return dailyBuckets(db, counterIds, from, to, interval);
  const rows = await db.all<{ t: number; count: number }>(
    `SELECT epoch_ms(ts)::DOUBLE AS t, sum(count)::DOUBLE AS count FROM footfall_counts
     WHERE ${inIdList('counter_id')} AND ts >= to_timestamp($from / 1000) AND ts < to_timestamp($to / 1000)
     GROUP BY ts ORDER BY ts`,
    { ids: listValue(counterIds), from: stockholmMidnightUtc(from), to: stockholmMidnightUtc(to) },
  );
  return rows.map((r) => ({ t: toStockholmIso(r.t), count: r.count }));
}

/**
 * Day, week and month buckets from the daily rollup: local dates already, so a 19-year
 * series of 60 counters reads 400 000 rows instead of converting 10 million timestamps.
 */
export async function dailyBuckets(
  db: Db,
  counterIds: string[],
  from: string,
  to: string,
  interval: Exclude<Interval, 'hour'>,
) {
  const rows = await db.all<{ day: string; count: number }>(
    `SELECT strftime(date_trunc('${interval}', day), '%Y-%m-%d') AS day, sum(count)::DOUBLE AS count
     FROM footfall_daily WHERE ${inIdList('counter_id')} AND day >= $from::DATE AND day < $to::DATE
     GROUP BY 1 ORDER BY 1`,
    { ids: listValue(counterIds), from, to },
  );
  return rows.map((r) => ({ t: toStockholmIso(stockholmMidnightUtc(r.day)), count: r.count }));
}

/**
 * Every counter's weekly sums (ISO weeks, local dates) in one table: what the map animates
 * through. Weeks a counter has no data for are null, not zero.
 */
export async function weeklyByCounter(db: Db, from: string, to: string) {
  const rows = await db.all<{ week: string; counterId: string; count: number }>(
    `SELECT strftime(date_trunc('week', day), '%Y-%m-%d') AS week, counter_id AS "counterId", sum(count)::DOUBLE AS count
     FROM footfall_daily WHERE day >= $from::DATE AND day < $to::DATE GROUP BY ALL ORDER BY 1, 2`,
    { from, to },
  );
  const weeks = [...new Set(rows.map((r) => r.week))];
  const index = new Map(weeks.map((w, i) => [w, i]));
  const counters = new Map<string, (number | null)[]>();
  for (const r of rows) {
    if (!counters.has(r.counterId))
      counters.set(
        r.counterId,
        weeks.map(() => null),
      );
    counters.get(r.counterId)![index.get(r.week)!] = r.count;
  }
  return { weeks, counters: [...counters].map(([id, counts]) => ({ id, counts })) };
}
