import { listValue } from '@duckdb/node-api';
import type { Db } from './db';
import { stockholmMidnightUtc } from '../domain/stockholmTime';
import { shiftYear } from '../domain/calendar';
import { changePercent } from '../domain/changePercent';
import { inIdList } from './idList';

const range = (from: string, to: string) => ({ from: stockholmMidnightUtc(from), to: stockholmMidnightUtc(to) });
const IN_RANGE = 'ts >= to_timestamp($from / 1000) AND ts < to_timestamp($to / 1000)';

/** Average count per local weekday (0 = Monday) and hour over a period: the week's rhythm. */
export async function weekdayHourProfile(db: Db, counterId: string, from: string, to: string) {
  const rows = await db.all<{ weekday: number; hour: number; average: number }>(
    `SELECT (isodow(timezone('Europe/Stockholm', ts)) - 1)::INTEGER AS weekday, hour(timezone('Europe/Stockholm', ts))::INTEGER AS hour,
            avg(count)::DOUBLE AS average
     FROM footfall_counts WHERE counter_id = $id AND ${IN_RANGE} GROUP BY 1, 2 ORDER BY 1, 2`,
    { id: counterId, ...range(from, to) },
  );
  const matrix = Array.from({ length: 7 }, () => new Array<number | null>(24).fill(null));
  for (const r of rows) matrix[r.weekday][r.hour] = Math.round(r.average * 10) / 10;
  return matrix;
}

/** A period's total against the same dates a year earlier, in per cent. */
export async function yearOverYear(db: Db, counterIds: string[], from: string, to: string) {
  const total = async (f: string, t: string) =>
    (await db.one<{ total: number; hours: number }>(
      `SELECT coalesce(sum(count), 0)::DOUBLE AS total, coalesce(sum(hours), 0)::INTEGER AS hours FROM footfall_daily
     WHERE ${inIdList('counter_id')} AND day >= $from::DATE AND day < $to::DATE`,
      { ids: listValue(counterIds), from: f, to: t },
    ))!;
  const now = await total(from, to);
  const before = await total(shiftYear(from, -1), shiftYear(to, -1));
  return {
    from,
    to,
    total: now.total,
    hours: now.hours,
    previous: { from: shiftYear(from, -1), to: shiftYear(to, -1), total: before.total, hours: before.hours },
    changePercent: before.hours > 0 ? changePercent(now.total, before.total) : null,
  };
}
