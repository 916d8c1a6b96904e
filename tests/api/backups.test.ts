import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createApp } from '../../server/app';
import { Db } from '../../server/store/db';
import { seededDb } from '../support/seededDb';
import { anonymous, signedIn } from '../support/session';

const root = fileURLToPath(new URL('../../', import.meta.url));
let env: Awaited<ReturnType<typeof seededDb>>;
let app: ReturnType<typeof createApp>['app'];
let planner: Awaited<ReturnType<typeof signedIn>>;
let backupDir: string;
beforeAll(async () => {
  env = await seededDb();
  backupDir = join(env.dir, 'backups');
  app = createApp({ db: env.db, backupDir }).app;
  planner = await signedIn(app, env.db);
});
afterAll(() => env.cleanup());

const districts = async (db: Db) => (await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM districts'))!.n;

describe('backups while the server runs, and restoring one', () => {
  it('makes a consistent copy on a planner’s request, and restores it into a new file with the rows it had', async () => {
    expect((await anonymous(app).send('POST', '/api/backups')).status).toBe(401);
    const made = await planner.send('POST', '/api/backups');
    expect(made.status).toBe(201);
    expect(made.body.file).toMatch(/^platsatlas-\d{4}-\d{2}-\d{2}T\d{6}\.duckdb$/);
    expect((await planner.get('/api/backups')).body.backups.map((b: { file: string }) => b.file)).toEqual([
      made.body.file,
    ]);

    // Work goes on after the backup: a new district.
    const before = await districts(env.db);
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [13.0, 55.604],
          [13.002, 55.604],
          [13.002, 55.605],
          [13.0, 55.605],
          [13.0, 55.604],
        ],
      ],
    };
    expect(
      (await planner.send('POST', '/api/districts', { name: 'Efter kopian', type: 'other', geometry: square })).status,
    ).toBe(201);
    expect(await districts(env.db)).toBe(before + 1);

    // `npm run restore -- <backup> --to <new file>`: yesterday's data beside today's.
    const restored = join(env.dir, 'restored.duckdb');
    const { stdout } = await promisify(execFile)(
      join(root, 'node_modules/.bin/tsx'),
      ['scripts/restore.ts', join(backupDir, made.body.file), '--to', restored],
      { cwd: root },
    );
    expect(stdout).toMatch(/Restored .* 3 places, \d+ districts/);
    const db = await Db.open(restored);
    try {
      expect(await districts(db)).toBe(before);
      const parcels = await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM parcels');
      const live = await env.db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM parcels');
      expect(parcels!.n).toBe(live!.n);
    } finally {
      db.close();
    }
  });
});
