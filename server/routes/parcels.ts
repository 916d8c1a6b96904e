import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { parcelDetail, parcelsInBboxText, type ParcelCollection } from '../store/parcels';
import { jsonText } from '../http/jsonText';
import type { AppEnv } from '../http/env';
import { bboxParam } from '../http/queryParams';
import { validate } from '../http/validate';
import { notFound } from '../http/errors';

export function parcelRoutes(db: Db) {
  return new Hono<AppEnv>()
    .get('/', validate('query', z.object({ bbox: bboxParam })), async (c) => {
      return jsonText<ParcelCollection>(c, await parcelsInBboxText(db, c.req.valid('query').bbox));
    })
    .get('/:id', async (c) => {
      const parcel = await parcelDetail(db, c.req.param('id'), {
        includePersonalData: c.get('user')?.role === 'planner',
      });
      if (!parcel) throw notFound('Fastigheten', c.req.param('id'));
      return c.json(parcel);
    });
}
