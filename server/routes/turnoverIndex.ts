import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { zoneSeries, zonesAt } from '../store/turnoverIndex';
import { featureCollection } from '../geo/features';
import { validate } from '../http/validate';
import { notFound } from '../http/errors';
import type { AppEnv } from '../http/env';

const month = z.string().regex(/^\d{4}-\d{2}-01$/, 'period ska vara första dagen i en månad, ÅÅÅÅ-MM-01');

/** Turnover index zones for the choropleth, and each zone's monthly series. Aggregates only. */
export function turnoverIndexRoutes(db: Db) {
  return new Hono<AppEnv>()
    .get('/zones', validate('query', z.object({ period: month })), async (c) =>
      c.json(featureCollection(await zonesAt(db, c.req.valid('query').period))),
    )
    .get('/zones/:id/series', async (c) => {
      const series = await zoneSeries(db, c.req.param('id'));
      if (series.length === 0) throw notFound('Zonen', c.req.param('id'));
      return c.json({ zoneId: c.req.param('id'), series });
    });
}
