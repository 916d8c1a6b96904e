import { listValue } from '@duckdb/node-api';
import type { Db } from '../../store/db';
import { listActions } from '../../store/actions';
import { potBalances } from '../../store/pots';
import { getVision } from '../../store/goals';
import { goalsWithProgress } from '../indicators';
import type { DistrictBoundary } from '../../store/districts';
import { premisesInside } from '../districtParcels';
import { countersInside, zonesTouching } from '../districtScope';
import { vacancySeries } from '../../store/vacancy';
import { firstOfMonth, monthsBefore, shiftYear } from '../../domain/calendar';
import { changePercent } from '../../domain/changePercent';
import { inIdList } from '../../store/idList';

/**
 * The yearly report to the municipal board: the actions finished in the year, the money they
 * took per pot and per paying party, where the goals stand, and the key figures of the year
 * against the year before. A year still running is compared up to the data's date.
 */
export async function yearlyReport(db: Db, boundary: DistrictBoundary, year: number, asOf: string) {
  const start = `${year}-01-01`;
  const end = `${year + 1}-01-01` < asOf ? `${year + 1}-01-01` : firstOfMonth(asOf);
  const shift = (date: string) => shiftYear(date, -1);

  const actions = (await listActions(db, boundary.id)).filter(
    (a) => a.status === 'done' && a.end !== null && a.end >= start && a.end < `${year + 1}-01-01`,
  );
  const pots = (await potBalances(db, { districtId: boundary.id }))
    .filter((p) => p.year === year)
    .map((p) => ({
      ...p,
      spentSek: actions.filter((a) => a.potId === p.id).reduce((s, a) => s + a.costSek, 0),
    }));
  const byParty = new Map<string, number>();
  for (const a of actions)
    for (const f of a.financing) byParty.set(f.party, (byParty.get(f.party) ?? 0) + Math.round(a.costSek * f.share));

  // Independent reads run side by side on the connection pool.
  const [{ indicators, goals }, premises, counters, zones, vision] = await Promise.all([
    goalsWithProgress(db, boundary),
    premisesInside(db, boundary),
    countersInside(db, boundary),
    zonesTouching(db, boundary),
    getVision(db, boundary.id),
  ]);

  // Vacancy on the last month's first day of the period, against the same day a year earlier.
  const premisesIds = premises.map((p) => p.id);
  const lastMonth = monthsBefore(end, 1);
  const [[vacancyNow], [vacancyBefore]] = await Promise.all([
    vacancySeries(db, premisesIds, lastMonth, end),
    vacancySeries(db, premisesIds, shift(lastMonth), shift(end)),
  ]);

  const footfall = async (f: string, t: string) =>
    counters.length
      ? (await db.one<{ total: number }>(
          `SELECT coalesce(sum(count), 0)::DOUBLE AS total FROM footfall_daily WHERE ${inIdList('counter_id')} AND day >= $f::DATE AND day < $t::DATE`,
          { ids: listValue(counters), f, t },
        ))!.total
      : null;
  const turnover = async (f: string, t: string) =>
    zones.length
      ? (await db.one<{ v: number | null }>(
          `SELECT avg(value)::DOUBLE AS v FROM index_values WHERE series = 'turnover' AND ${inIdList('zone_id')} AND period >= $f::DATE AND period < $t::DATE`,
          { ids: listValue(zones.map((z) => z.id)), f, t },
        ))!.v
      : null;
  const figure = (now: number | null, before: number | null) => ({
    value: now,
    lastYear: before,
    changePercent: changePercent(now, before),
  });

  return {
    district: { id: boundary.id, name: boundary.name, type: boundary.type, areaM2: Math.round(boundary.areaM2) },
    year,
    period: { from: start, to: end },
    asOf,
    vision: vision.vision,
    actionsDone: actions.map((a) => ({
      id: a.id,
      title: a.title,
      focusArea: a.focusArea,
      end: a.end,
      costSek: a.costSek,
      potId: a.potId,
      geometry: a.geometry,
    })),
    money: {
      totalSek: actions.reduce((s, a) => s + a.costSek, 0),
      pots: pots.map((p) => ({
        id: p.id,
        kind: p.kind,
        budgetSek: p.budgetSek,
        spentSek: p.spentSek,
        committedSek: p.committedSek,
      })),
      byParty: [...byParty].map(([party, sek]) => ({ party, sek })).sort((a, b) => b.sek - a.sek),
    },
    goals: goals.map((g) => ({
      id: g.id,
      title: g.title,
      indicator: g.indicator,
      baseline: g.baseline,
      target: g.target,
      targetDate: g.targetDate,
      current: g.current,
      progress: g.progress,
    })),
    keyFigures: {
      vacancyRate: { at: lastMonth, ...figure(vacancyNow?.rate ?? null, vacancyBefore?.rate ?? null) },
      footfall: {
        from: start,
        to: end,
        ...figure(await footfall(start, end), await footfall(shift(start), shift(end))),
      },
      turnoverIndex: {
        from: start,
        to: end,
        ...figure(await turnover(start, end), await turnover(shift(start), shift(end))),
      },
      members: { value: indicators.members },
    },
  };
}
