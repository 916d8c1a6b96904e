import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { counterExists, countersWithLastWeek, summedSeries, weeklyByCounter } from '../store/footfall';
import { weekdayHourProfile, yearOverYear } from '../store/footfallAnalytics';
import { featureCollection } from '../geo/features';
import { datePeriod, isoDateParam } from '../http/queryParams';
import { validate } from '../http/validate';
import { notFound } from '../http/errors';
import { placeQuery } from '../http/placeParam';
import { placeIfAsked } from '../http/loadPlace';

const DAY = 86_400_000;
/** Upper bound on buckets per request, so a year of hours is fine but a decade of hours is refused. */
const MAX_BUCKETS = 10_000;
const BUCKET_DAYS = { hour: 1 / 24, day: 1, week: 7, month: 28 } as const;

const countsQuery = z
  .object({
    from: isoDateParam,
    to: isoDateParam,
    interval: z
      .enum(['hour', 'day', 'week', 'month'], { error: 'interval ska vara hour, day, week eller month' })
      .default('day'),
  })
  .refine((q) => q.from < q.to, {
    message: 'from måste vara före to (from must be before to; to is exclusive)',
    path: ['to'],
  })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / DAY / BUCKET_DAYS[q.interval] <= MAX_BUCKETS, {
    message: `För många staplar: välj ett kortare intervall eller en grövre upplösning (more than ${MAX_BUCKETS} buckets)`,
    path: ['interval'],
  });

const MAX_WEEKLY_DAYS = 5 * 366;
const weeklyQuery = datePeriod.refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / DAY <= MAX_WEEKLY_DAYS, {
  message: 'Högst fem år åt gången (at most five years)',
  path: ['to'],
});

export function footfallRoutes(db: Db) {
  return new Hono()
    .get('/counters', validate('query', placeQuery), async (c) => {
      const place = await placeIfAsked(db, c.req.valid('query').place);
      const { features, lastWeekStart } = await countersWithLastWeek(db, place?.bbox);
      return c.json(featureCollection(features, { lastWeekStart }));
    })
    .get('/weekly', validate('query', weeklyQuery), async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json({ from, to, timeZone: 'Europe/Stockholm', ...(await weeklyByCounter(db, from, to)) });
    })
    .get('/counters/:id/counts', validate('query', countsQuery), async (c) => {
      const id = c.req.param('id');
      if (!(await counterExists(db, id))) throw notFound('Räknaren', id);
      const { from, to, interval } = c.req.valid('query');
      return c.json({
        counterId: id,
        from,
        to,
        interval,
        timeZone: 'Europe/Stockholm',
        series: await summedSeries(db, [id], from, to, interval),
      });
    })
    .get('/counters/:id/profile', validate('query', datePeriod), async (c) => {
      const id = c.req.param('id');
      if (!(await counterExists(db, id))) throw notFound('Räknaren', id);
      const { from, to } = c.req.valid('query');
      return c.json({
        counterId: id,
        from,
        to,
        weekdays: 'monday-first',
        hours: 'local',
        average: await weekdayHourProfile(db, id, from, to),
      });
    })
    .get('/counters/:id/yoy', validate('query', datePeriod), async (c) => {
      const id = c.req.param('id');
      if (!(await counterExists(db, id))) throw notFound('Räknaren', id);
      const { from, to } = c.req.valid('query');
      return c.json({ counterId: id, ...(await yearOverYear(db, [id], from, to)) });
    });
}
