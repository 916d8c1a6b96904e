import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Db } from '../../server/store/db';
import { migrate } from '../../server/store/schema';
import { createApp } from '../../server/app';
import { createDistrict } from '../../server/store/districtWrites';
import { timeRuns } from './stats';
import { writeSyntheticFootfall } from '../../server/ingest/synthetic';
import { createUser } from '../../server/store/users';

const COUNTERS = 60;
const YEARS = 19;

/**
 * DuckDB on 10 million hourly counts (60 counters × 19 years), through the HTTP API: a
 * district's weekly series, one counter's weekday × hour profile, and year over year.
 */
export async function benchFootfallAnalytics(threads = 1) {
  const dir = mkdtempSync(join(tmpdir(), 'platsatlas-bench-'));
  const db = await Db.open(join(dir, 'footfall.duckdb'), { threads });
  try {
    await migrate(db);
    const started = performance.now();
    // Counters spread over Malmö's old town, all inside the benchmark district.
    await writeSyntheticFootfall(db, COUNTERS, YEARS);
    const loadMs = performance.now() - started;
    const rows = (await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM footfall_counts'))!.n;
    const { id } = await createDistrict(
      db,
      {
        name: 'Bench',
        type: 'city-centre',
        note: null,
        municipalityCode: null,
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [12.99, 55.6],
              [13.01, 55.6],
              [13.01, 55.61],
              [12.99, 55.61],
              [12.99, 55.6],
            ],
          ],
        },
      },
      'bench',
    );
    const { app } = createApp({ db });
    const get = (path: string) => async () => {
      const res = await app.request(path);
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    };
    const cases: [string, string][] = [
      [
        'district weekly series, 19 years, 60 counters',
        `/api/districts/${id}/footfall?from=2005-01-01&to=2024-01-01&interval=week`,
      ],
      ['district weekly series, one year', `/api/districts/${id}/footfall?from=2022-01-01&to=2023-01-01&interval=week`],
      [
        'weekday × hour profile, one counter, 19 years',
        '/api/footfall/counters/bench-7/profile?from=2005-01-01&to=2024-01-01',
      ],
      ['year over year, one counter, one month', '/api/footfall/counters/bench-7/yoy?from=2023-06-01&to=2023-07-01'],
    ];
    const results = [];
    for (const [label, path] of cases) {
      const t = await timeRuns(10, get(path));
      results.push({ query: label, 'p50 ms': t.p50, 'p95 ms': t.p95, runs: t.runs });
    }
    return { rows, loadMs, threads, results, import: await benchImport(app, db) };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CSV import of one million hourly counts (new hours for the 60 counters) through the API, all checked, in one transaction. */
async function benchImport(app: ReturnType<typeof createApp>['app'], db: Db) {
  await createUser(db, {
    email: 'bench@example.example',
    name: 'Bench',
    password: 'bench-password-1',
    role: 'planner',
  });
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.example', password: 'bench-password-1' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const perCounter = Math.ceil(1_000_000 / COUNTERS);
  const start = Date.UTC(2024, 0, 1);
  const lines = ['counter;timestamp;count'];
  for (let c = 0; c < COUNTERS; c++) {
    for (let h = 0; h < perCounter; h++)
      lines.push(`bench-${c};${new Date(start + h * 3_600_000).toISOString()};${(c * 7 + h) % 900}`);
  }
  const csv = lines.join('\n');
  const started = performance.now();
  const res = await app.request('/api/imports/footfall?mode=commit', {
    method: 'POST',
    body: csv,
    headers: { 'Content-Type': 'text/csv', Cookie: cookie, 'X-CSRF-Token': csrfToken },
  });
  const ms = performance.now() - started;
  const body = (await res.json()) as { rows: number; inserted: number };
  if (res.status !== 200) throw new Error(`import failed: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return {
    rows: body.rows,
    inserted: body.inserted,
    ms,
    rowsPerSecond: Math.round(body.rows / (ms / 1000)),
    megabytes: Math.round(csv.length / 1e5) / 10,
  };
}
