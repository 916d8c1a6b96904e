import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app';
import { Db } from '../../server/store/db';
import { migrate } from '../../server/store/schema';
import { seed } from '../../server/ingest/seed';
import { loadConfig } from '../../server/config';
import { withLargeParcelDb } from './largeParcelSet';
import { timeRuns } from './stats';
import { Random } from '../../server/ingest/random';

// A town-centre viewport: about 1.1 km × 0.7 km, a 1400 × 900 screen at zoom 16. Each run pans
// it to a new place within 1 km of Stortorget, as a planner does, so no two requests are alike.
const VIEW = { width: 0.011, height: 0.0065 };
const CENTRE = [13.0011, 55.6059];
const RUNS = 300;

function viewports(count: number): string[] {
  const random = new Random(42);
  return Array.from({ length: count }, () => {
    const lon = CENTRE[0] + random.between(-0.015, 0.015);
    const lat = CENTRE[1] + random.between(-0.009, 0.009);
    return [lon - VIEW.width / 2, lat - VIEW.height / 2, lon + VIEW.width / 2, lat + VIEW.height / 2]
      .map((v) => v.toFixed(6))
      .join(',');
  });
}

async function measure(db: Db, label: string) {
  const { app } = createApp({ db });
  const request = (bbox: string) =>
    app.request(`/api/parcels?bbox=${bbox}`, { headers: { 'Accept-Encoding': 'gzip' } });
  const views = viewports(RUNS);
  const sizes: number[] = [];
  const counts: number[] = [];
  for (const bbox of views.slice(0, 20)) await (await request(bbox)).arrayBuffer(); // warm up
  let i = 0;
  const t = await timeRuns(RUNS, async () => {
    sizes.push((await (await request(views[i++])).arrayBuffer()).byteLength);
  });
  for (const bbox of views.slice(0, 30))
    counts.push(
      ((await (await app.request(`/api/parcels?bbox=${bbox}`)).json()) as { features: unknown[] }).features.length,
    );
  const total = (await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM parcels'))!.n;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    'data set': label,
    'parcels in DB': total,
    'parcels in view (median)': median(counts),
    'p50 ms': t.p50,
    'p95 ms': t.p95,
    'gzip bytes (median)': median(sizes),
    runs: RUNS,
  };
}

/** bbox → parcels through the real Hono app and DuckDB, on the demo seed and on 200k parcels. */
export async function benchBboxQueries() {
  const dir = mkdtempSync(join(tmpdir(), 'platsatlas-bench-'));
  try {
    const demo = await Db.open(join(dir, 'demo.duckdb'));
    await migrate(demo);
    await seed(demo, { recipePath: loadConfig({}).recipePath });
    const demoRow = await measure(demo, 'demo seed (Malmö)');
    demo.close();

    const started = performance.now();
    let loadMs = 0;
    const largeRow = await withLargeParcelDb(200_000, (large) => {
      loadMs = performance.now() - started;
      return measure(large, '200k generated parcels');
    });
    return { rows: [demoRow, largeRow], loadMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
