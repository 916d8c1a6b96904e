/**
 * Local time in Europe/Stockholm without a time-zone database: CET (+1) in winter, CEST (+2)
 * from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC (EU rule).
 * Footfall buckets are local days, weeks and months; their ISO labels carry the offset.
 */
const HOUR = 3_600_000;

function lastSundayUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

export function stockholmOffsetHours(utcMs: number): 1 | 2 {
  const year = new Date(utcMs).getUTCFullYear();
  return utcMs >= lastSundayUtc(year, 2) && utcMs < lastSundayUtc(year, 9) ? 2 : 1;
}

/** The UTC instant of local midnight at the start of a YYYY-MM-DD date in Stockholm. */
export function stockholmMidnightUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const naive = Date.UTC(y, m - 1, d);
  // Midnight never falls in a DST switch (they happen at 02:00/03:00), so one guess is exact.
  return naive - stockholmOffsetHours(naive - HOUR) * HOUR;
}

/** Local wall-clock fields of a UTC instant in Stockholm. */
export function stockholmLocal(utcMs: number): {
  year: number;
  month: number;
  day: number;
  hour: number;
  weekday: number;
} {
  const d = new Date(utcMs + stockholmOffsetHours(utcMs) * HOUR);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    weekday: (d.getUTCDay() + 6) % 7, // 0 = Monday, as in ISO weeks
  };
}

/** ISO 8601 with the Stockholm offset, e.g. 2024-03-31T03:00:00+02:00. */
export function toStockholmIso(utcMs: number): string {
  const offset = stockholmOffsetHours(utcMs);
  const local = new Date(utcMs + offset * HOUR).toISOString().slice(0, 19);
  return `${local}+0${offset}:00`;
}

/** Today's date in Sweden, whatever the server's clock zone. */
export function stockholmToday(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}
