import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBenchServer } from './benchServer';
import { createUser } from '../../server/store/users';
import { percentile, timeRuns } from './stats';

const D = 'district-malmo-city';

/**
 * Reports and the premises-status import on the demo data, through the real server: the two
 * report payloads, the PDF printed by Chromium, and rows per second of a status import.
 */
export async function benchReports() {
  const dir = mkdtempSync(join(tmpdir(), 'platsatlas-bench-reports-'));
  const server = await startBenchServer(dir);
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
    // The first read after a boundary is saved works out what lies inside (turf); repeat reads
    // of that boundary version take it from the district-scope cache.
    const boundary = (await (await fetch(`${server.url}/api/districts`)).json()) as {
      features: { id: string; geometry: unknown }[];
    };
    const geometry = boundary.features.find((f) => f.id === D)!.geometry;
    const firstReads: number[] = [];
    for (let i = 0; i < 10; i++) {
      const saved = await fetch(`${server.url}/api/districts/${D}/boundary`, {
        method: 'PUT',
        body: JSON.stringify({ geometry, note: `bench ${i}` }),
        headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
      });
      if (saved.status !== 201) throw new Error(`boundary save: ${saved.status}`);
      const t = performance.now();
      await get(`/api/districts/${D}/reports/current-state`)();
      firstReads.push(performance.now() - t);
    }
    firstReads.sort((a, b) => a - b);
    rows.push({
      request: 'current-state analysis (JSON), first read of a new boundary version',
      'p50 ms': Math.round(percentile(firstReads, 50)),
      'p95 ms': Math.round(percentile(firstReads, 95)),
      runs: firstReads.length,
    });
    for (const [label, path, runs] of [
      ['current-state analysis (JSON), repeat read', `/api/districts/${D}/reports/current-state`, 10],
      ['yearly report (JSON), repeat read', `/api/districts/${D}/reports/yearly?year=2026`, 10],
    ] as const) {
      await get(path)(); // warm
      const t = await timeRuns(runs, get(path));
      rows.push({ request: label, 'p50 ms': Math.round(t.p50), 'p95 ms': Math.round(t.p95), runs });
    }

    // The PDF: printed by Chromium once per data version, then served from the server's cache.
    for (const [label, path] of [
      [
        'current-state analysis (PDF), first download: Chromium prints it',
        `/api/districts/${D}/reports/current-state.pdf`,
      ],
      [
        'current-state analysis (PDF), second download: from the cache',
        `/api/districts/${D}/reports/current-state.pdf`,
      ],
      ['yearly report (PDF), first download', `/api/districts/${D}/reports/yearly.pdf?year=2026`],
      ['yearly report (PDF), second download', `/api/districts/${D}/reports/yearly.pdf?year=2026`],
    ] as const) {
      const t = performance.now();
      await get(path)();
      const ms = Math.round(performance.now() - t);
      rows.push({ request: label, 'p50 ms': ms, 'p95 ms': ms, runs: 1 });
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
