import { listValue } from '@duckdb/node-api';
import type { Db } from '../../store/db';
import type { DistrictBoundary } from '../../store/districts';
import { districtParcels, premisesInside } from '../districtParcels';
import { countersInside, zonesTouching } from '../districtScope';
import { summedSeries } from '../../store/footfall';
import { yearOverYear } from '../../store/footfallAnalytics';
import { vacancySeries } from '../../store/vacancy';
import { getProcess } from '../../store/process';
import { districtSummary } from '../../domain/districtSummary';
import { firstOfMonth, monthsBefore } from '../../domain/calendar';
import { changePercent } from '../../domain/changePercent';
import { inIdList } from '../../store/idList';

/**
 * The current-state analysis (nulägesanalys) of a district, from the data as of `asOf` (the
 * data's date): size, parcels and owners, the offering by kind, vacancy, footfall and turnover
 * index with two years of trend, and the site walk's observations by focus area.
 */
export async function currentStateReport(db: Db, boundary: DistrictBoundary, asOf: string, today: string) {
  const to = firstOfMonth(asOf);
  const from = monthsBefore(to, 24);
  // Independent reads run side by side on the connection pool.
  const [parcels, premises, counters, zones, observations, process] = await Promise.all([
    districtParcels(db, boundary, { includePersonalData: false }),
    premisesInside(db, boundary),
    countersInside(db, boundary),
    zonesTouching(db, boundary),
    db.all<{ focusArea: string; good: number; problem: number }>(
      `SELECT focus_area AS "focusArea", count(*) FILTER (WHERE verdict = 'good')::INTEGER AS good, count(*) FILTER (WHERE verdict = 'problem')::INTEGER AS problem
       FROM observations WHERE district_id = $id GROUP BY focus_area ORDER BY focus_area`,
      { id: boundary.id },
    ),
    getProcess(db, boundary.id, today),
  ]);
  const summary = districtSummary(
    parcels.map((p) => p.properties),
    premises,
  );

  const offering: Record<string, { total: number; vacant: number }> = {};
  for (const p of premises) {
    offering[p.kind] ??= { total: 0, vacant: 0 };
    offering[p.kind].total++;
    if (p.status === 'vacant') offering[p.kind].vacant++;
  }

  const [vacancy, footfallMonthly, footfallYear, turnoverMonthly] = await Promise.all([
    vacancySeries(
      db,
      premises.map((p) => p.id),
      from,
      to,
    ),
    counters.length ? summedSeries(db, counters, from, to, 'month') : [],
    counters.length ? yearOverYear(db, counters, monthsBefore(to, 12), to) : null,
    zones.length
      ? db.all<{ period: string; value: number }>(
          `SELECT strftime(period, '%Y-%m-%d') AS period, avg(value)::DOUBLE AS value FROM index_values
       WHERE series = 'turnover' AND ${inIdList('zone_id')} AND period >= $from::DATE AND period < $to::DATE GROUP BY period ORDER BY period`,
          { ids: listValue(zones.map((z) => z.id)), from, to },
        )
      : [],
  ]);
  const vacancyLast = vacancy[vacancy.length - 1] ?? null;
  const vacancyYearAgo = vacancy[vacancy.length - 13] ?? null;
  const turnoverLast = turnoverMonthly[turnoverMonthly.length - 1] ?? null;
  const turnoverYearAgo = turnoverLast
    ? (turnoverMonthly.find((m) => m.period === monthsBefore(turnoverLast.period, 12)) ?? null)
    : null;

  return {
    district: {
      id: boundary.id,
      name: boundary.name,
      type: boundary.type,
      version: boundary.version,
      areaM2: Math.round(boundary.areaM2),
    },
    asOf,
    generatedOn: today,
    period: { from, to },
    parcels: {
      count: summary.parcels,
      edge: summary.edgeParcels,
      areaInsideM2: summary.parcelAreaInsideM2,
      owners: summary.owners,
    },
    premises: {
      count: summary.premises,
      vacant: summary.vacantPremises,
      vacancyRate: summary.vacancyRate,
      floorAreaM2: summary.floorAreaM2,
      vacantFloorAreaM2: summary.vacantFloorAreaM2,
      byKind: offering,
    },
    vacancy: {
      monthly: vacancy.map((m) => ({ at: m.at, rate: m.rate, areaRate: m.areaRate })),
      latest: vacancyLast && { at: vacancyLast.at, rate: vacancyLast.rate },
      yearAgo: vacancyYearAgo && { at: vacancyYearAgo.at, rate: vacancyYearAgo.rate },
    },
    footfall: {
      counters,
      monthly: footfallMonthly.map((m) => ({ month: m.t.slice(0, 7), count: m.count })),
      last12Months: footfallYear && {
        from: footfallYear.from,
        to: footfallYear.to,
        total: footfallYear.total,
        previousTotal: footfallYear.previous.total,
        changePercent: footfallYear.changePercent,
      },
    },
    turnoverIndex: {
      zones: zones.map((z) => z.name),
      monthly: turnoverMonthly,
      latest: turnoverLast,
      yearAgo: turnoverYearAgo,
      changePercent: changePercent(turnoverLast?.value ?? null, turnoverYearAgo?.value ?? null),
    },
    observations: { total: observations.reduce((s, o) => s + o.good + o.problem, 0), byFocusArea: observations },
    process: process && { startDate: process.startDate, currentStep: process.currentStep },
  };
}
