import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Db } from '../../server/store/db';
import { migrate } from '../../server/store/schema';
import { seed } from '../../server/ingest/seed';
import { createApp } from '../../server/app';

export const DEMO_RECIPE = fileURLToPath(new URL('../../data/seed-recipe.json', import.meta.url));

/** A fresh DuckDB file in a temp folder, migrated and seeded by the given recipe (the demo by default). */
export async function seededDb(recipePath = DEMO_RECIPE) {
  const dir = mkdtempSync(join(tmpdir(), 'platsatlas-test-'));
  const db = await Db.open(join(dir, 'test.duckdb'));
  await migrate(db);
  await seed(db, { recipePath });
  return { db, dir, cleanup: () => { db.close(); rmSync(dir, { recursive: true, force: true }); } };
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
