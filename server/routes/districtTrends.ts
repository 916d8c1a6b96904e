import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { countersInside } from '../services/districtScope';
import { premisesInside } from '../services/districtParcels';
import { loadDistrict } from '../http/loadDistrict';
import { yearOverYear } from '../store/footfallAnalytics';
import { summedSeries } from '../store/footfall';
import { vacancySeries, vacantNow } from '../store/vacancy';
import { centreInfo } from '../store/sources';
import { datePeriod, isoDateParam } from '../http/queryParams';
import { validate } from '../http/validate';
import type { AppEnv } from '../http/env';

const query = z
  .object({ from: isoDateParam, to: isoDateParam, interval: z.enum(['hour', 'day', 'week', 'month']).default('week') })
  .refine((q) => q.from < q.to, {
    message: 'from måste vara före to (from must be before to; to is exclusive)',
    path: ['to'],
  });

/** Footfall and vacancy of a whole district: the counters and premises inside its boundary. */
export function districtTrendRoutes(db: Db) {
  const district = loadDistrict(db);
  return new Hono<AppEnv>()
    .get('/:id/vacancy', validate('query', datePeriod), district, async (c) => {
      const boundary = c.var.district;
      const ids = (await premisesInside(db, boundary)).map((p) => p.id);
      const { from, to } = c.req.valid('query');
      const today = (await centreInfo(db)).dataDate ?? new Date().toISOString().slice(0, 10);
      return c.json({
        districtId: boundary.id,
        from,
        to,
        series: await vacancySeries(db, ids, from, to),
        vacantNow: await vacantNow(db, ids, today, { seeAll: c.get('user')?.role === 'planner' }),
      });
    })
    .get('/:id/footfall', validate('query', query), district, async (c) => {
      const boundary = c.var.district;
      const counters = await countersInside(db, boundary);
      const { from, to, interval } = c.req.valid('query');
      return c.json({
        districtId: boundary.id,
        counters,
        from,
        to,
        interval,
        timeZone: 'Europe/Stockholm',
        series: counters.length ? await summedSeries(db, counters, from, to, interval) : [],
        yearOverYear: counters.length ? await yearOverYear(db, counters, from, to) : null,
      });
    });
}
