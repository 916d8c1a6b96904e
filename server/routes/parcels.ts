import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../store/db';
import { parcelDetail, parcelsInBbox } from '../store/parcels';
import { featureCollection } from '../geo/features';
import { bboxParam } from '../http/queryParams';
import { validate } from '../http/validate';
import { notFound } from '../http/errors';

export function parcelRoutes(db: Db) {
  return new Hono()
    .get('/', validate('query', z.object({ bbox: bboxParam })), async (c) => {
      const { features, truncated } = await parcelsInBbox(db, c.req.valid('query').bbox);
      return c.json(featureCollection(features, { truncated }));
    })
    .get('/:id', async (c) => {
      const parcel = await parcelDetail(db, c.req.param('id'));
      if (!parcel) throw notFound('Fastigheten', c.req.param('id'));
      return c.json(parcel);
    });
}
