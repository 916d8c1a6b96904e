import { Hono } from 'hono';
import { requireRole } from '../auth/session';
import { notFound } from '../http/errors';
import type { AppEnv } from '../http/env';

type LoadPhoto = (id: string) => Promise<{ photo: Uint8Array; type: string } | undefined>;

/** `GET /:id/photo` for photos stored in DuckDB (progress updates, observations): planners only. */
export function photoRoutes(load: LoadPhoto) {
  return new Hono<AppEnv>().get('/:id/photo', requireRole('planner'), async (c) => {
    const photo = await load(c.req.param('id'));
    if (!photo) throw notFound('Bilden', c.req.param('id'));
    return c.body(photo.photo as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': photo.type,
      'Cache-Control': 'private, max-age=3600',
    });
  });
}
