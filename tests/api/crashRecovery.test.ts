import { afterAll, describe, expect, it } from 'vitest';
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Db } from '../../server/store/db';
import { demoTemplate } from '../support/seededDb';
import { loadConfig } from '../../server/config';
import { startServer as startApp } from '../../server/server';
import { startupProblem } from '../../server/startupProblem';

/**
 * The server as an administrator runs it (`server/main.ts` in its own process), killed with
 * SIGKILL in the middle of writes: it starts again with every acknowledged write; a log cut
 * short is refused with a sentence; and the backup made before the writes restores into a new
 * file that opens with the rows it had.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'platsatlas-crash-'));
const dbPath = join(dir, 'platsatlas.duckdb');
copyFileSync(demoTemplate(), dbPath);
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Started {
  url: string;
  setupPath: string | null;
  child: ChildProcess;
}

/** Starts `server/main.ts` on the file; resolves with its URL, or rejects with what it printed when it exits. */
function startServer(extraEnv: Record<string, string> = {}): Promise<Started> {
  // node itself with tsx's loader: SIGKILL must reach the server, not a wrapper around it.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PLATSATLAS_DB: dbPath, PORT: '0', PLATSATLAS_BACKUP_DIR: join(dir, 'backups'), ...extraEnv },
  });
  running.add(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Platsatlas is running: (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, setupPath: /(\/setup\/\S+)/.exec(output)?.[1] ?? null, child });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      running.delete(child);
      reject(Object.assign(new Error(output), { code }));
    });
  });
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Starts a server expected to refuse; resolves with the one line it printed before exiting 1. */
const refusal = (env: Record<string, string>) =>
  startServer(env).then(
    (started) => {
      started.child.kill('SIGKILL');
      throw new Error('it started');
    },
    (error: Error & { code: number }) => {
      expect(error.code).toBe(1);
      const lines = error.message.trim().split('\n');
      expect(lines, error.message).toHaveLength(1);
      return lines[0];
    },
  );

// The same sentence main.ts prints before it exits (spawned above for a held file and a cut log).
const problemOf = (path: string) =>
  startApp({ ...loadConfig({}), port: 0, dbPath: path, backupDir: null }, () => {}).then(
    async (started) => {
      await started.close();
      throw new Error('it started');
    },
    (error: Error) => startupProblem(path, error),
  );

let session: { cookie: string; csrf: string };
async function send(url: string, method: string, path: string, body?: unknown) {
  const res = await fetch(url + path, {
    method,
    headers: { 'Content-Type': 'application/json', Cookie: session.cookie, 'X-CSRF-Token': session.csrf },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as any };
}

const stakeholderCount = async (db: Db) =>
  (await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM stakeholders'))!.n;

describe('a server killed during writes', () => {
  it('keeps every acknowledged write, refuses a log cut short, and restores the backup into a new file', async () => {
    const first = await startServer();
    const claimed = await fetch(`${first.url}/api/setup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        token: first.setupPath!.split('/').pop(),
        name: 'Krasch Testsson',
        email: 'krasch@kommun.example',
        password: 'ett-långt-lösenord',
      }),
    });
    expect(claimed.status).toBe(201);
    session = {
      cookie: claimed.headers.get('set-cookie')!.split(';')[0],
      csrf: ((await claimed.json()) as { csrfToken: string }).csrfToken,
    };
    const backup = await send(first.url, 'POST', '/api/backups');
    expect(backup.status).toBe(201);

    // Writes stream in; the process is killed while some are still in flight.
    const acknowledged: string[] = [];
    const writes = Array.from({ length: 40 }, (_, i) =>
      send(first.url, 'POST', '/api/stakeholders', { kind: 'business', name: `Krasch AB ${i}` })
        .then((res) => {
          if (res.status === 201) acknowledged.push(res.body.id);
        })
        .catch(() => undefined),
    );
    while (acknowledged.length < 10) await new Promise((r) => setTimeout(r, 5));
    await kill(first.child);
    await Promise.all(writes);
    expect(acknowledged.length).toBeGreaterThanOrEqual(10);

    const second = await startServer();
    for (const id of acknowledged) {
      expect((await send(second.url, 'GET', `/api/stakeholders/${id}`)).status, id).toBe(200);
    }
    // A second server on the same file says so in one line and leaves.
    expect(await refusal({})).toMatch(/is in use by another process/);

    // More acknowledged writes, killed again, and the log loses its tail (a disk that lied).
    for (let i = 0; i < 5; i++) {
      expect(
        (await send(second.url, 'POST', '/api/stakeholders', { kind: 'business', name: `Sist ${i}` })).status,
      ).toBe(201);
    }
    await kill(second.child);
    const wal = `${dbPath}.wal`;
    truncateSync(wal, statSync(wal).size - 64);
    expect(await problemOf(dbPath)).toMatch(
      /cut short and would lose \d+ acknowledged writes.*PLATSATLAS_ACCEPT_WAL_LOSS=1/,
    );
    // Told to accept the loss, it starts with what the log holds.
    await (
      await startApp({ ...loadConfig({}), port: 0, dbPath, backupDir: null, acceptWalLoss: true }, () => {})
    ).close();

    // The backup taken before the writes, restored beside the live file.
    const restored = join(dir, 'restored.duckdb');
    const backupFile = join(dir, 'backups', backup.body.file);
    await promisify(execFile)(tsx, ['scripts/restore.ts', backupFile, '--to', restored], { cwd: root });
    const before = await Db.open(restored);
    const after = await Db.open(dbPath);
    try {
      // Yesterday's file has none of today's stakeholders; the live one every acknowledged write
      // but the one whose log was cut off.
      const today =
        "SELECT count(*)::INTEGER AS n FROM stakeholders WHERE name LIKE 'Krasch AB %' OR name LIKE 'Sist %'";
      expect((await before.one<{ n: number }>(today))!.n).toBe(0);
      const kept = await after.all<{ name: string }>(
        "SELECT name FROM stakeholders WHERE name LIKE 'Sist %' ORDER BY name",
      );
      expect(kept.map((r) => r.name)).toEqual(['Sist 0', 'Sist 1', 'Sist 2', 'Sist 3']);
      expect(await stakeholderCount(after)).toBeGreaterThanOrEqual(
        (await stakeholderCount(before)) + acknowledged.length + 4,
      );
    } finally {
      before.close();
      after.close();
    }
  }, 120_000);
});

describe('a file the server cannot use', () => {
  it('says in one line that it is damaged, or another application’s, and writes nothing to it', async () => {
    const damaged = join(dir, 'damaged.duckdb');
    writeFileSync(damaged, Buffer.alloc(64 * 1024, 0x5a));
    expect(await problemOf(damaged)).toMatch(/^[^\n]*does not open as a Platsatlas database.*npm run restore[^\n]*$/);

    const foreign = join(dir, 'foreign.duckdb');
    const other = await DuckDBInstance.create(foreign);
    const c = await other.connect();
    await c.run('CREATE TABLE orders (id INTEGER, total DECIMAL(10, 2))');
    c.closeSync();
    other.closeSync();
    expect(await problemOf(foreign)).toMatch(/^[^\n]*another application \(orders …\).*nothing was written[^\n]*$/);
    const after = await DuckDBInstance.create(foreign);
    const check = await after.connect();
    const tables = (await check.runAndReadAll('SELECT table_name FROM information_schema.tables')).getRows();
    check.closeSync();
    after.closeSync();
    expect(tables).toEqual([['orders']]);
  });
});
