import { describe, expect, it } from 'vitest';
import { isoWeek } from '../../web/i18n/format';

describe('ISO week numbers, as Swedes name weeks', () => {
  it("numbers weeks from the one holding the year's first Thursday", () => {
    expect(isoWeek('2026-11-23')).toEqual({ week: 48, year: 2026 });
    expect(isoWeek('2024-12-30')).toEqual({ week: 1, year: 2025 }); // a Monday that belongs to next year
    expect(isoWeek('2021-01-03')).toEqual({ week: 53, year: 2020 }); // a Sunday that belongs to last year
    expect(isoWeek('2026-01-01')).toEqual({ week: 1, year: 2026 });
  });
});
