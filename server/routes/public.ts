import { Hono } from 'hono';
import type { Db } from '../store/db';
import { publicActions, publicFootfallWeeks, publicVacancies } from '../store/publicView';
import { notFound } from '../http/errors';
import type { AppEnv } from '../http/env';

/** The citizen's view: what is being improved where and when, and premises standing empty. */
export function publicRoutes(db: Db) {
  return new Hono<AppEnv>()
    .get('/actions', async (c) => c.json({ actions: await publicActions(db) }))
    .get('/actions/:id', async (c) => {
      const action = (await publicActions(db)).find((a) => a.id === c.req.param('id'));
      if (!action) throw notFound('Åtgärden', c.req.param('id'));
      return c.json(action);
    })
    .get('/vacancies', async (c) => c.json({ vacancies: await publicVacancies(db) }))
    .get('/footfall', async (c) => c.json({ weeks: (await publicFootfallWeeks(db)).reverse() }));
}
