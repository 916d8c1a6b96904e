import type { Db } from './db';
import { changePercent } from '../domain/changePercent';
import { toFeature } from '../geo/features';
import { extentOverlaps } from './extentFilter';
import type { Extent } from '../domain/extent';

/**
 * Cityindex-style turnover per zone of a place (the zones its extent touches): each zone's
 * value in a month, the same month a year earlier, and the change between them.
 */
export async function zonesAt(db: Db, period: string, within: Extent) {
  const rows = await db.all<{
    id: string;
    name: string;
    generated: boolean;
    value: number | null;
    lastYear: number | null;
    wkb: Uint8Array;
  }>(
    `SELECT z.id, z.name, z.generated, v.value, p.value AS "lastYear", ST_AsWKB(z.geom) AS wkb
     FROM index_zones z
     LEFT JOIN index_values v ON v.zone_id = z.id AND v.series = 'turnover' AND v.period = $period::DATE
     LEFT JOIN index_values p ON p.zone_id = z.id AND p.series = 'turnover' AND p.period = $period::DATE - INTERVAL 1 YEAR
     WHERE ${extentOverlaps('z', within)}
     ORDER BY z.name`,
    { period },
  );
  return rows.map(({ id, wkb, value, lastYear, ...rest }) =>
    toFeature(id, wkb, {
      ...rest,
      period,
      value,
      lastYear,
      changePercent: changePercent(value, lastYear),
    }),
  );
}

export async function zoneSeries(db: Db, zoneId: string) {
  return db.all<{ period: string; value: number }>(
    `SELECT strftime(period, '%Y-%m-%d') AS period, value FROM index_values WHERE zone_id = $id AND series = 'turnover' ORDER BY period`,
    { id: zoneId },
  );
}
