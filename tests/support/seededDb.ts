import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { Db } from '../../server/store/db';
import { migrate } from '../../server/store/schema';
import { seed } from '../../server/ingest/seed';
import { createApp } from '../../server/app';

import { DEMO_RECIPE } from './demoRecipe';

export { DEMO_RECIPE };

/**
 * A DuckDB file of this test file's own in a temp folder, migrated and seeded by the given
 * recipe. The demo is copied from the template the global setup seeded once.
 */
export async function seededDb(recipePath = DEMO_RECIPE) {
  const dir = mkdtempSync(join(tmpdir(), 'platsatlas-test-'));
  const path = join(dir, 'test.duckdb');
  if (recipePath === DEMO_RECIPE) copyFileSync(demoTemplate(), path);
  const db = await Db.open(path);
  await migrate(db);
  if (recipePath !== DEMO_RECIPE) await seed(db, { recipePath });
  return {
    db,
    dir,
    cleanup: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The real Hono app over a freshly seeded database, with a JSON helper for requests. */
export async function seededApp(recipePath = DEMO_RECIPE) {
  const env = await seededDb(recipePath);
  const { app } = createApp({ db: env.db });
  const get = async (path: string) => {
    const res = await app.request(path);
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, body: JSON.parse(text) };
  };
  return { ...env, app, get };
}

export function expectErrorShape(body: unknown) {
  const error = (body as { error?: { code?: unknown; message?: unknown } }).error;
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string' || error.message.length === 0) {
    throw new Error(`not the API error shape: ${JSON.stringify(body)}`);
  }
}

/** The demo database the global setup seeded for this run. */
export function demoTemplate(): string {
  return inject('templateDb');
}
