import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { zoneSeries, zonesAt } from '../store/turnoverIndex';
import { featureCollection } from '../geo/features';
import { validate } from '../http/validate';
import { notFound } from '../http/errors';
import type { AppEnv } from '../http/env';
import { loadPlace } from '../http/loadPlace';
import { placeQuery } from '../http/placeParam';

const month = z.string().regex(/^\d{4}-\d{2}-01$/, 'period ska vara första dagen i en månad, ÅÅÅÅ-MM-01');

/** A place's turnover index zones for the choropleth, and each zone's monthly series. Aggregates only. */
export function turnoverIndexRoutes(db: Db) {
  return new Hono<AppEnv>()
    .get('/zones', validate('query', placeQuery.extend({ period: month })), loadPlace(db), async (c) =>
      c.json(featureCollection(await zonesAt(db, c.req.valid('query').period, c.var.place.bbox))),
    )
    .get('/zones/:id/series', async (c) => {
      const series = await zoneSeries(db, c.req.param('id'));
      if (series.length === 0) throw notFound('Zonen', c.req.param('id'));
      return c.json({ zoneId: c.req.param('id'), series });
    });
}
