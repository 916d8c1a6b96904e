/** Calendar arithmetic on YYYY-MM-DD dates: plain dates, no clock and no time zone involved. */

const DAY = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The first day of the month `months` before the date's month (negative: after). */
export function monthsBefore(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

export const firstOfMonth = (date: string) => `${date.slice(0, 7)}-01`;

/** The same date `years` later (negative: earlier); 29 February has no twin and becomes the 28th. */
export function shiftYear(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y + years}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
