import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { premisesDetail, premisesInBbox } from '../store/premises';
import { PREMISES_KINDS } from '../domain/premisesKinds';
import { featureCollection } from '../geo/features';
import { bboxParam, isoDateParam } from '../http/queryParams';
import { validate } from '../http/validate';
import { notFound } from '../http/errors';
import type { AppEnv } from '../http/env';

const query = z.object({
  bbox: bboxParam,
  status: z.enum(['occupied', 'vacant'], { error: 'status ska vara occupied eller vacant' }).optional(),
  kind: z.enum(PREMISES_KINDS, { error: `kind ska vara en av: ${PREMISES_KINDS.join(', ')}` }).optional(),
  /** Status as it was on this date instead of now (the time slider). */
  at: isoDateParam.optional(),
});

export function premisesRoutes(db: Db) {
  return new Hono<AppEnv>()
    .get('/', validate('query', query), async (c) => {
      const { bbox, ...filter } = c.req.valid('query');
      const { features, truncated } = await premisesInBbox(db, bbox, filter, {
        seeAll: c.get('user')?.role === 'planner',
      });
      return c.json(featureCollection(features, { truncated }));
    })
    .get('/:id', async (c) => {
      const premises = await premisesDetail(db, c.req.param('id'), { seeAll: c.get('user')?.role === 'planner' });
      if (!premises) throw notFound('Lokalen', c.req.param('id'));
      return c.json(premises);
    });
}
