import { Hono } from 'hono';
import type { Db } from '../store/db';
import { listSources } from '../store/sources';
import { placeConfig } from '../services/placeConfig';
import { placeQuery } from '../http/placeParam';
import { validate } from '../http/validate';

/** What the web app needs before it can draw the map: where the centre is, which base map, what data is real. */
export function metaRoutes(db: Db, options: { basemapStyleUrl: string | null }) {
  return new Hono()
    .get('/config', validate('query', placeQuery), async (c) =>
      c.json(await placeConfig(db, c.req.valid('query').place, options.basemapStyleUrl)),
    )
    .get('/sources', async (c) => c.json({ sources: await listSources(db) }));
}
