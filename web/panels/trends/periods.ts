/** Date arithmetic for chart periods, on YYYY-MM-DD strings (local dates, no time zone games). */
export function monthsBefore(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

export const yearBefore = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;

/** Moves a date to a Monday (forward or back) so that a weekly series has only whole weeks. */
export function toMonday(date: string, direction: 1 | -1): string {
  const d = new Date(`${date}T12:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  const shift = weekday === 0 ? 0 : direction === 1 ? 7 - weekday : -weekday;
  return new Date(d.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
}

export type Interval = 'hour' | 'day' | 'week' | 'month';

/**
 * The period of the last `months` months of data, ending at the data's date, in whole buckets:
 * weeks from Monday to Monday, months from the first; and the same period a year earlier
 * (for weeks, the Mondays nearest the same dates).
 */
export function chartPeriod(dataDate: string, months: number, interval: Interval) {
  const end = `${dataDate.slice(0, 8)}01`;
  const start = monthsBefore(end, months);
  if (interval === 'week') {
    const from = toMonday(start, 1);
    const to = toMonday(dataDate, -1);
    return { from, to, before: { from: toMonday(yearBefore(from), 1), to: toMonday(yearBefore(to), 1) } };
  }
  return { from: start, to: end, before: { from: yearBefore(start), to: yearBefore(end) } };
}
