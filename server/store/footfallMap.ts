import type { Feature } from 'geojson';
import type { Db } from './db';
import type { Extent } from '../domain/extent';
import { addDays } from '../domain/calendar';
import { footfallShare } from '../domain/footfallShare';
import { lastFullWeekOfData } from './footfall';
import { pointInExtent } from './extentFilter';

const YEAR_OF_WEEKS = 52;
const swedishInteger = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

export interface CountersOnMapOptions {
  /** The Monday of the week shown (the time cursor); the last full week of data when absent. */
  week?: string;
  /** The place whose counters set the scale; every counter when absent. */
  within?: Extent;
}

/**
 * The counters in an extent as the map draws them: each one's count in the week shown, its
 * figure written the Swedish way ("12 345", in every UI language, as every figure in the app),
 * and its circle's share of the largest. The largest is the busiest week of any of the place's
 * counters in the year up to the last full week, so circles keep their scale as the time cursor
 * moves through the weeks. A counter without counts that week has no figure and the smallest circle.
 */
export async function countersOnMap(db: Db, extent: Extent, { week, within }: CountersOnMapOptions) {
  const lastWeek = (await lastFullWeekOfData(db))?.startDate ?? null;
  const shown = week ?? lastWeek;
  const counters = await db.all<{ id: string; name: string; lon: number; lat: number; generated: boolean }>(
    `SELECT id, name, lon, lat, generated FROM footfall_counters c WHERE ${pointInExtent('c.lon', 'c.lat', extent)}
     ORDER BY id`,
  );
  if (counters.length === 0) return [];
  const counts = new Map<string, number>();
  let largest = 0;
  if (shown && lastWeek) {
    const yearFrom = addDays(lastWeek, -7 * (YEAR_OF_WEEKS - 1));
    const rows = await db.all<{ counterId: string; week: string; count: number; inPlace: boolean }>(
      `SELECT d.counter_id AS "counterId", strftime(date_trunc('week', d.day), '%Y-%m-%d') AS week,
              sum(d.count)::DOUBLE AS count, ${within ? pointInExtent('c.lon', 'c.lat', within) : 'true'} AS "inPlace"
       FROM footfall_daily d JOIN footfall_counters c ON c.id = d.counter_id
       WHERE (d.day >= $yearFrom::DATE AND d.day < $yearTo::DATE) OR (d.day >= $shown::DATE AND d.day < $shownTo::DATE)
       GROUP BY ALL`,
      { yearFrom, yearTo: addDays(lastWeek, 7), shown, shownTo: addDays(shown, 7) },
    );
    for (const r of rows) {
      if (r.inPlace && r.week >= yearFrom && r.week <= lastWeek) largest = Math.max(largest, r.count);
      if (r.week === shown) counts.set(r.counterId, r.count);
    }
  }
  const features = counters.map(({ lon, lat, ...counter }) => {
    const count = counts.get(counter.id);
    return {
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [lon, lat] },
      properties: {
        ...counter,
        share: footfallShare(count ?? 0, largest),
        ...(count === undefined ? {} : { count, figure: swedishInteger.format(count) }),
      },
    };
  });
  // Largest first: drawn in this order, a small circle is never hidden under a large one.
  return features.sort((a, b) => b.properties.share - a.properties.share) satisfies Feature[];
}
