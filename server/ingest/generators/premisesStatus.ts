import type { Random } from '../random';

export interface StatusPeriod {
  premisesId: string;
  status: 'occupied' | 'vacant';
  validFrom: string;
  validTo: string | null;
}

const HISTORY_START = Date.UTC(2022, 0, 1);

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dateBetween(random: Random, from: number, to: number): number {
  const day = 86_400_000;
  return from + Math.floor(random.next() * ((to - from) / day)) * day;
}

/**
 * A status history per premises from 2022 up to `today`. Real, open businesses are occupied
 * now but some stood empty for a while before; generated premises are vacant now with the
 * given probability. Returns the periods and when the current occupant moved in.
 */
export function generateStatusHistory(random: Random, premisesId: string, vacantNowProbability: number, today: string) {
  const end = Date.parse(today);
  const periods: StatusPeriod[] = [];
  let occupiedSince = isoDate(HISTORY_START);
  if (random.chance(vacantNowProbability)) {
    const vacantFrom = isoDate(dateBetween(random, Date.UTC(2023, 0, 1), end - 20 * 86_400_000));
    periods.push({ premisesId, status: 'occupied', validFrom: isoDate(HISTORY_START), validTo: vacantFrom });
    periods.push({ premisesId, status: 'vacant', validFrom: vacantFrom, validTo: null });
    return { periods, occupiedSince: null };
  }
  if (random.chance(0.18)) {
    const vacantFrom = dateBetween(random, Date.UTC(2022, 2, 1), Date.UTC(2025, 6, 1));
    const vacantTo = vacantFrom + random.int(30, 400) * 86_400_000;
    if (vacantTo < end) {
      periods.push({ premisesId, status: 'occupied', validFrom: isoDate(HISTORY_START), validTo: isoDate(vacantFrom) });
      periods.push({ premisesId, status: 'vacant', validFrom: isoDate(vacantFrom), validTo: isoDate(vacantTo) });
      occupiedSince = isoDate(vacantTo);
    }
  }
  periods.push({ premisesId, status: 'occupied', validFrom: occupiedSince, validTo: null });
  return { periods, occupiedSince };
}
