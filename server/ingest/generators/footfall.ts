import type { Random } from '../random';
import { stockholmLocal, stockholmMidnightUtc } from '../../domain/stockholmTime';

/** Counters at real streets and squares of central Malmö; their counts are generated. */
export const COUNTERS = [
  { id: 'ff-stortorget', name: 'Stortorget', lon: 13.0012, lat: 55.6058, dailyLevel: 9000 },
  { id: 'ff-sodergatan', name: 'Södergatan', lon: 13.0021, lat: 55.6034, dailyLevel: 16000 },
  { id: 'ff-gustav-adolfs-torg', name: 'Gustav Adolfs torg', lon: 13.0006, lat: 55.6011, dailyLevel: 12000 },
  { id: 'ff-lilla-torg', name: 'Lilla torg', lon: 12.9985, lat: 55.6045, dailyLevel: 7000 },
  { id: 'ff-sodra-forstadsgatan', name: 'Södra Förstadsgatan', lon: 13.0012, lat: 55.5963, dailyLevel: 11000 },
  { id: 'ff-triangeln', name: 'Triangeln', lon: 12.9996, lat: 55.5937, dailyLevel: 10000 },
  { id: 'ff-mollevangstorget', name: 'Möllevångstorget', lon: 13.0108, lat: 55.5908, dailyLevel: 6000 },
  { id: 'ff-malmo-c', name: 'Centralplan, Malmö C', lon: 13.0003, lat: 55.6089, dailyLevel: 14000 },
] as const;

// Share of a day's visitors per local hour, weekdays and weekends (lunch and after-work peaks).
const WEEKDAY_HOURS = [
  0.3, 0.15, 0.1, 0.1, 0.2, 0.6, 1.8, 3.6, 4.6, 4.9, 5.6, 6.8, 8.2, 7.6, 6.9, 7.1, 7.9, 8.1, 6.4, 4.6, 3.3, 2.2, 1.3,
  0.7,
];
const WEEKEND_HOURS = [
  0.9, 0.6, 0.4, 0.2, 0.15, 0.2, 0.4, 0.9, 1.9, 3.5, 6.1, 8.1, 9.2, 9.6, 9.5, 9.2, 8.4, 6.9, 5.1, 3.9, 3.0, 2.3, 1.6,
  1.2,
];
const WEEKDAY_FACTOR = [0.92, 0.95, 0.98, 1.02, 1.15, 1.3, 0.72]; // Monday … Sunday
const MONTH_FACTOR = [0.78, 0.8, 0.9, 0.96, 1.04, 1.08, 1.12, 1.06, 0.98, 0.96, 1.0, 1.24]; // January … December
const YEARLY_GROWTH = 0.025;

const normalise = (xs: number[]) => xs.map((x) => x / xs.reduce((a, b) => a + b, 0));
const WEEKDAY_SHARE = normalise(WEEKDAY_HOURS);
const WEEKEND_SHARE = normalise(WEEKEND_HOURS);

export interface HourlyCount {
  counterId: string;
  utcMs: number;
  count: number;
}

/**
 * Hourly counts with the shape footfall has: a daily curve that differs on weekends, a weekly
 * rhythm, seasons with a Christmas peak, slow growth, and noise (per day and per hour).
 */
export interface CounterSpec {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** Visitors on an ordinary day. */
  dailyLevel: number;
}

export function* generateHourlyCounts(
  random: Random,
  from: string,
  to: string,
  counters: readonly CounterSpec[] = COUNTERS,
): Generator<HourlyCount> {
  const start = stockholmMidnightUtc(from);
  const end = stockholmMidnightUtc(to);
  const startYear = Number(from.slice(0, 4));
  for (const counter of counters) {
    let dayNoise = 1;
    let lastDay = -1;
    for (let t = start; t < end; t += 3_600_000) {
      const local = stockholmLocal(t);
      if (local.day !== lastDay) {
        dayNoise = Math.exp(0.08 * random.normal());
        lastDay = local.day;
      }
      const weekend = local.weekday >= 5;
      const expected =
        counter.dailyLevel *
        WEEKDAY_FACTOR[local.weekday] *
        MONTH_FACTOR[local.month - 1] *
        (1 + YEARLY_GROWTH * (local.year - startYear + (local.month - 1) / 12)) *
        dayNoise *
        (weekend ? WEEKEND_SHARE : WEEKDAY_SHARE)[local.hour];
      const count = Math.max(0, Math.round(expected * (1 + 0.07 * random.normal())));
      yield { counterId: counter.id, utcMs: t, count };
    }
  }
}
