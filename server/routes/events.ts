import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { createEvent, deleteEvent, eventsBetween } from '../store/events';
import { datePeriod, isoDateParam } from '../http/queryParams';
import { validate } from '../http/validate';
import { notFound } from '../http/errors';
import { requireRole } from '../auth/session';
import type { AppEnv } from '../http/env';
import { loadPlace } from '../http/loadPlace';
import { placeQuery } from '../http/placeParam';

const eventBody = z
  .object({
    title: z.string().trim().min(1, 'Ge händelsen ett namn').max(120),
    startsOn: isoDateParam,
    endsOn: isoDateParam,
  })
  .refine((e) => e.endsOn >= e.startsOn, {
    message: 'Slutdatum kan inte vara före startdatum (ends before it starts)',
    path: ['endsOn'],
  });

/**
 * Events in a place (`?place=`, the default place without it), marked on the trend charts.
 * Anyone may read them; planners keep them.
 */
export function eventRoutes(db: Db) {
  const place = loadPlace(db);
  return new Hono<AppEnv>()
    .get('/', validate('query', datePeriod.and(placeQuery)), place, async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json({ events: await eventsBetween(db, c.var.place.id, from, to) });
    })
    .post('/', requireRole('planner'), validate('query', placeQuery), validate('json', eventBody), place, async (c) =>
      c.json(await createEvent(db, { ...c.req.valid('json'), placeId: c.var.place.id }, c.get('user')!.id), 201),
    )
    .delete('/:id', requireRole('planner'), async (c) => {
      if (!(await deleteEvent(db, c.req.param('id'), c.get('user')!.id)))
        throw notFound('Händelsen', c.req.param('id'));
      return c.body(null, 204);
    });
}
