/**
 * Numbers, dates and money in Swedish format whatever the UI language: a planner in Sweden
 * reads "1 234,5 m²" and "2026-11-24", and so do the reports they print.
 */
const LOCALE = 'sv-SE';

/** A formatter made when first used: each costs the page's start tens of milliseconds to make. */
function firstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const integer = firstUse(() => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }));
const oneDecimal = firstUse(() => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 }));
const sek = firstUse(
  () => new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }),
);

export const formatInteger = (n: number) => integer().format(n);
export const formatDecimal = (n: number) => oneDecimal().format(n);
export const formatSek = (n: number) => sek().format(n);
export const formatPercent = (fraction: number) => oneDecimal().format(fraction * 100);

/** YYYY-MM-DD dates pass through (that is the Swedish format); ISO timestamps become local dates. */
export function formatDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'short', timeZone: 'Europe/Stockholm' }).format(new Date(value));
}

const dateTime = firstUse(
  () => new Intl.DateTimeFormat(LOCALE, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' }),
);
/** An ISO timestamp as Stockholm's date and time: "2026-11-25 14:03". */
export const formatDateTime = (iso: string) => dateTime().format(new Date(iso));

/** ISO week number and week-year of a date (Swedes name weeks by number: "vecka 12"). */
export function isoWeek(date: string): { week: number; year: number } {
  const d = new Date(`${date}T12:00:00Z`);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000);
  const year = thursday.getUTCFullYear();
  // The week's Thursday decides its year; its day of that year, its number.
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1, 12)) / (7 * 86_400_000));
  return { week, year };
}

/** "9 feb." in Swedish, "9 Feb" in English: month names follow the UI language, the date stays a date. */
export function formatDayMonth(date: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : LOCALE, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}
