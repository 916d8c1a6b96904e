import { Hono } from 'hono';
import { basename } from 'node:path';
import type { Db } from '../store/db';
import { requireRole } from '../auth/session';
import { listBackups, makeBackup } from '../backup/backups';
import { ApiError } from '../http/errors';
import type { AppEnv } from '../http/env';

/** Backups while the server runs (planner): the list, and one more now, e.g. before a large import. */
export function backupRoutes(db: Db, dir: string | null) {
  const folder = () => {
    if (!dir)
      throw new ApiError(
        404,
        'not_found',
        'Säkerhetskopior är avstängda på den här servern (PLATSATLAS_BACKUP_DIR=off).',
      );
    return dir;
  };
  return new Hono<AppEnv>()
    .use('*', requireRole('planner'))
    .get('/', (c) => c.json({ backups: listBackups(folder()).map((b) => ({ file: basename(b.file), date: b.date })) }))
    .post('/', async (c) => c.json({ file: basename(await makeBackup(db, folder())) }, 201));
}
