import { describe, expect, it } from 'vitest';
import { stockholmMidnightUtc, stockholmOffsetHours, toStockholmIso } from '../../server/domain/stockholmTime';
import { lastFullWeek } from '../../server/domain/weeks';

/** Node's own time-zone database (ICU) as the independent reference. */
const icu = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', timeZoneName: 'shortOffset' });
function icuOffsetHours(utcMs: number): number {
  const part = icu.formatToParts(new Date(utcMs)).find((p) => p.type === 'timeZoneName')!.value; // "GMT+1"
  return Number(part.replace('GMT', ''));
}

describe('Stockholm local time', () => {
  it('agrees with the ICU time-zone database every hour of 2024–2027', () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_600_000) {
      if (stockholmOffsetHours(t) !== icuOffsetHours(t))
        throw new Error(`offset differs at ${new Date(t).toISOString()}`);
    }
  });

  it('labels instants with their local offset', () => {
    expect(toStockholmIso(Date.UTC(2024, 0, 15, 11))).toBe('2024-01-15T12:00:00+01:00');
    expect(toStockholmIso(Date.UTC(2024, 6, 15, 11))).toBe('2024-07-15T13:00:00+02:00');
  });

  it('finds local midnight in UTC', () => {
    expect(new Date(stockholmMidnightUtc('2024-01-01')).toISOString()).toBe('2023-12-31T23:00:00.000Z');
    expect(new Date(stockholmMidnightUtc('2024-07-01')).toISOString()).toBe('2024-06-30T22:00:00.000Z');
  });

  it('knows the last full ISO week before the end of the data', () => {
    // Data up to (not including) Sunday 2026-11-01: the week of 26 October is incomplete.
    expect(lastFullWeek(stockholmMidnightUtc('2026-11-01')).startDate).toBe('2026-10-19');
    // Data up to Monday 2026-11-02: the week of 26 October is complete.
    expect(lastFullWeek(stockholmMidnightUtc('2026-11-02')).startDate).toBe('2026-10-26');
  });
});
