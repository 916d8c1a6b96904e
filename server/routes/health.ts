import { Hono } from 'hono';
import { abandonedReadCount } from '../store/db';

/** Alive, and how many reads were dropped because their client left (work not done for nobody). */
export const healthRoutes = new Hono().get('/', (c) =>
  c.json({ ok: true as const, abandonedReads: abandonedReadCount() }),
);
