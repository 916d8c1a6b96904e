import { Hono } from 'hono';
import type { Db } from '../store/db';
import { centreInfo, listSources } from '../store/sources';

/** What the web app needs before it can draw the map: where the centre is, which base map, what data is real. */
export function metaRoutes(db: Db, options: { basemapStyleUrl: string | null }) {
  return new Hono()
    .get('/config', async (c) => c.json({ ...(await centreInfo(db)), basemapStyleUrl: options.basemapStyleUrl }))
    .get('/sources', async (c) => c.json({ sources: await listSources(db) }));
}
