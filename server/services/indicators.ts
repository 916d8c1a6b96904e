import { listValue } from '@duckdb/node-api';
import type { Db } from '../store/db';
import { goalProgress, type Indicator } from '../domain/actionPlan';
import { listGoals } from '../store/goals';
import type { DistrictBoundary } from '../store/districts';
import { districtParcels, premisesInside } from './districtParcels';
import { countersInside, zonesTouching } from './districtScope';
import { lastFullWeek } from '../domain/weeks';
import { inIdList } from '../store/idList';

/**
 * The district's indicators as the data says today: vacancy rate of the premises inside,
 * footfall per week (counters inside, average of the last four full weeks), the latest
 * turnover index of the zones it touches, and members (stakeholders at step member or beyond).
 */
export async function currentIndicators(db: Db, boundary: DistrictBoundary): Promise<Record<Indicator, number | null>> {
  const premises = await premisesInside(db, boundary);
  const vacancyRate = premises.length ? premises.filter((p) => p.status === 'vacant').length / premises.length : null;

  const counters = await countersInside(db, boundary);
  let footfallPerWeek: number | null = null;
  const last = await db.one<{ t: number | null }>('SELECT epoch_ms(max(ts))::DOUBLE AS t FROM footfall_counts');
  if (counters.length && last?.t != null) {
    const week = lastFullWeek(last.t + 3_600_000);
    const from = week.startUtc - 21 * 86_400_000;
    const row = await db.one<{ total: number }>(
      `SELECT coalesce(sum(count), 0)::DOUBLE AS total FROM footfall_counts
       WHERE ${inIdList('counter_id')} AND ts >= to_timestamp($from / 1000) AND ts < to_timestamp($to / 1000)`,
      { ids: listValue(counters), from, to: week.endUtc },
    );
    footfallPerWeek = Math.round(row!.total / 4);
  }

  const zones = await zonesTouching(db, boundary);
  let turnoverIndex: number | null = null;
  if (zones.length) {
    const row = await db.one<{ v: number | null }>(
      `SELECT avg(value)::DOUBLE AS v FROM index_values
       WHERE series = 'turnover' AND ${inIdList('zone_id')}
         AND period = (SELECT max(period) FROM index_values WHERE series = 'turnover' AND ${inIdList('zone_id')})`,
      { ids: listValue(zones.map((z) => z.id)) },
    );
    turnoverIndex = row?.v ?? null;
  }

  const parcels = await districtParcels(db, boundary, { includePersonalData: false });
  const engaged = new Set<string>();
  for (const p of parcels) {
    for (const s of [...p.properties.owners, ...p.properties.tenants]) {
      if (s.engagementStep === 'member' || s.engagementStep === 'steering-group') engaged.add(s.id);
    }
  }
  return {
    'vacancy-rate': vacancyRate,
    'footfall-per-week': footfallPerWeek,
    'turnover-index': turnoverIndex,
    members: engaged.size,
  };
}

/** The district's goals, each with its indicator's current value and how far it has come. */
export async function goalsWithProgress(db: Db, boundary: DistrictBoundary) {
  const [indicators, goals] = await Promise.all([currentIndicators(db, boundary), listGoals(db, boundary.id)]);
  return {
    indicators,
    goals: goals.map((g) => {
      const current = indicators[g.indicator as Indicator];
      return { ...g, current, progress: goalProgress(g.baseline, g.target, current) };
    }),
  };
}
