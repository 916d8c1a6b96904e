import { createMiddleware } from 'hono/factory';
import type { Db } from '../store/db';
import { currentBoundary, type DistrictBoundary } from '../store/districts';
import { notFound } from './errors';
import type { AppEnv } from './env';

export type DistrictEnv = AppEnv & { Variables: { district: DistrictBoundary } };

/** For routes under `/:id/…`: the district with its current boundary in `c.var.district`, or a 404. */
export function loadDistrict(db: Db) {
  return createMiddleware<DistrictEnv>(async (c, next) => {
    const id = c.req.param('id') ?? '';
    const district = await currentBoundary(db, id);
    if (!district) throw notFound('Området', id);
    c.set('district', district);
    await next();
  });
}
