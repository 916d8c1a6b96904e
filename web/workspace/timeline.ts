/**
 * The workspace's time axis: the weeks of the last twelve months of data, each named by its
 * Monday (YYYY-MM-DD) and written in links as an ISO week (2026-W07).
 */
import { addDays, firstOfMonth, monthsBefore } from '../../server/domain/calendar';
import { isoWeek } from '../i18n/format';
import { chartPeriod, toMonday } from '../panels/trends/periods';

/**
 * The weeks the time cursor moves through, oldest first (the last is the latest full week), and
 * the period they cover (`to` exclusive).
 */
export function timeline(dataDate: string): { from: string; to: string; weeks: string[] } {
  const { from, to } = chartPeriod(dataDate, 12, 'week');
  const weeks: string[] = [];
  for (let monday = from; monday < to; monday = addDays(monday, 7)) weeks.push(monday);
  return { from, to, weeks };
}

/** `2026-02-09` → `2026-W07`. */
export function weekParam(monday: string): string {
  const { week, year } = isoWeek(monday);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** `2026-W07` → `2026-02-09`; null for anything else. */
export function mondayOfWeekParam(param: string): string | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(param);
  if (!match) return null;
  const [year, week] = [Number(match[1]), Number(match[2])];
  if (week < 1 || week > 53) return null;
  // 4 January is always in week 1; its Monday starts the ISO year.
  const jan4 = new Date(Date.UTC(year, 0, 4, 12));
  const week1 = addDays(jan4.toISOString().slice(0, 10), -((jan4.getUTCDay() + 6) % 7));
  const monday = addDays(week1, (week - 1) * 7);
  return weekParam(monday) === param ? monday : null;
}

/**
 * The month whose turnover index belongs to a week: the week's own month, but never later than
 * the last month with figures (the month before the data's date).
 */
export function indexMonthOf(monday: string | null, dataDate: string): string {
  const latest = monthsBefore(dataDate, 1);
  if (!monday) return latest;
  const month = firstOfMonth(monday);
  return month < latest ? month : latest;
}

const stockholmDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });

/** The Monday of the week a chart's x (seconds) falls in, by Stockholm's calendar. */
export function weekOfChartX(seconds: number): string {
  return toMonday(stockholmDate.format(new Date(seconds * 1000)), -1);
}

/** Where a week sits on a chart's x axis (seconds). */
export const chartXOfWeek = (monday: string) => Date.parse(`${monday}T00:00:00Z`) / 1000;
