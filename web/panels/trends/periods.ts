/** Chart periods on YYYY-MM-DD dates, in whole weeks or months. */
import { addDays, firstOfMonth, monthsBefore, shiftYear } from '../../../server/domain/calendar';

const yearBefore = (date: string) => shiftYear(date, -1);

/** Moves a date to a Monday (forward or back) so that a weekly series has only whole weeks. */
export function toMonday(date: string, direction: 1 | -1): string {
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, weekday === 0 ? 0 : direction === 1 ? 7 - weekday : -weekday);
}

export type Interval = 'hour' | 'day' | 'week' | 'month';

/**
 * The period of the last `months` months of data, ending at the data's date, in whole buckets:
 * weeks from Monday to Monday, months from the first; and the same period a year earlier
 * (for weeks, the Mondays nearest the same dates).
 */
export function chartPeriod(dataDate: string, months: number, interval: Interval) {
  const end = firstOfMonth(dataDate);
  const start = monthsBefore(end, months);
  if (interval === 'week') {
    const from = toMonday(start, 1);
    const to = toMonday(dataDate, -1);
    return { from, to, before: { from: toMonday(yearBefore(from), 1), to: toMonday(yearBefore(to), 1) } };
  }
  return { from: start, to: end, before: { from: yearBefore(start), to: yearBefore(end) } };
}
