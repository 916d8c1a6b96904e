import { Hono } from 'hono';
import type { Db } from '../store/db';
import { publicActions, publicFootfallWeeks, publicVacancies } from '../store/publicView';
import { notFound } from '../http/errors';
import { validate } from '../http/validate';
import { placeQuery } from '../http/placeParam';
import { loadPlace } from '../http/loadPlace';
import type { AppEnv } from '../http/env';

/** The citizen's view: what is being improved where and when, and premises standing empty. */
export function publicRoutes(db: Db) {
  const place = loadPlace(db);
  return new Hono<AppEnv>()
    .get('/actions', validate('query', placeQuery), place, async (c) =>
      c.json({ actions: await publicActions(db, c.var.place.bbox) }),
    )
    .get('/actions/:id', validate('query', placeQuery), place, async (c) => {
      const action = (await publicActions(db, c.var.place.bbox)).find((a) => a.id === c.req.param('id'));
      if (!action) throw notFound('Åtgärden', c.req.param('id'));
      return c.json(action);
    })
    .get('/vacancies', validate('query', placeQuery), place, async (c) =>
      c.json({ vacancies: await publicVacancies(db, c.var.place.bbox) }),
    )
    .get('/footfall', validate('query', placeQuery), place, async (c) =>
      c.json({ weeks: await publicFootfallWeeks(db, c.var.place.bbox) }),
    );
}
