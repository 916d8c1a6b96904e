import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config';
import { startServer } from '../../server/server';
import { createUser } from '../../server/store/users';
import { timeRuns } from './stats';

const D = 'district-malmo-city';

/**
 * Reports and the premises-status import on the demo data, through the real server: the two
 * report payloads, the PDF printed by Chromium, and rows per second of a status import.
 */
export async function benchReports() {
  const dir = mkdtempSync(join(tmpdir(), 'platsatlas-bench-reports-'));
  const server = await startServer({ ...loadConfig({}), port: 0, dbPath: join(dir, 'bench.duckdb') }, () => {});
  try {
    await createUser(server.db, {
      email: 'bench@example.example',
      name: 'Bench',
      password: 'bench-password-1',
      role: 'planner',
    });
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'bench@example.example', password: 'bench-password-1' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const get = (path: string) => async () => {
      const res = await fetch(`${server.url}${path}`, { headers: { Cookie: cookie } });
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      await res.arrayBuffer();
    };
    const rows: Record<string, string | number>[] = [];
    for (const [label, path, runs] of [
      ['current-state analysis (JSON)', `/api/districts/${D}/reports/current-state`, 10],
      ['yearly report (JSON)', `/api/districts/${D}/reports/yearly?year=2026`, 10],
      ['current-state analysis (PDF by Chromium)', `/api/districts/${D}/reports/current-state.pdf`, 3],
    ] as const) {
      await get(path)(); // warm
      const t = await timeRuns(runs, get(path));
      rows.push({ request: label, 'p50 ms': Math.round(t.p50), 'p95 ms': Math.round(t.p95), runs });
    }

    // Four status changes a year apart for every premises of the demo.
    const ids = (await server.db.all<{ id: string }>('SELECT id FROM premises ORDER BY id')).map((r) => r.id);
    const lines = ['lokal;status;datum'];
    for (const id of ids)
      for (const [i, status] of ['vakant', 'uthyrd', 'vakant', 'uthyrd'].entries())
        lines.push(`${id};${status};${2020 + i}-02-01`);
    const started = performance.now();
    const res = await fetch(`${server.url}/api/imports/premises-status?mode=commit`, {
      method: 'POST',
      body: lines.join('\n'),
      headers: { 'Content-Type': 'text/csv', Cookie: cookie, 'X-CSRF-Token': csrfToken },
    });
    const ms = performance.now() - started;
    const body = (await res.json()) as { rows: number };
    if (res.status !== 200)
      throw new Error(`status import failed: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    return {
      rows,
      statusImport: {
        rows: body.rows,
        premises: ids.length,
        'total ms': Math.round(ms),
        'rows per second': Math.round(body.rows / (ms / 1000)),
      },
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
