/** Month arithmetic on YYYY-MM-DD dates (first of the month in, first of a month out). */
export function monthsBefore(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

export const firstOfMonth = (date: string) => `${date.slice(0, 7)}-01`;

export const changePercent = (now: number | null, before: number | null) =>
  now !== null && before !== null && before !== 0 ? Math.round((now / before - 1) * 1000) / 10 : null;
