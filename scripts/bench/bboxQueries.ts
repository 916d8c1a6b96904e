import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app';
import { Db } from '../../server/store/db';
import { migrate } from '../../server/store/schema';
import { seed } from '../seed/index';
import { loadConfig } from '../../server/config';
import { seedLargeParcelSet } from './largeParcelSet';
import { timeRuns } from './stats';

// A town-centre viewport: about 1.1 km × 0.7 km around Stortorget, as a 1400 × 900 screen at zoom 16.
const TOWN_CENTRE = '12.9955,55.6025,13.0065,55.6090';
const RUNS = 200;

async function measure(db: Db, label: string) {
  const { app } = createApp({ db });
  const request = () => app.request(`/api/parcels?bbox=${TOWN_CENTRE}`, { headers: { 'Accept-Encoding': 'gzip' } });
  const sample = await request();
  const bytes = (await sample.arrayBuffer()).byteLength;
  const features = ((await (await app.request(`/api/parcels?bbox=${TOWN_CENTRE}`)).json()) as { features: unknown[] }).features.length;
  for (let i = 0; i < 20; i++) await (await request()).arrayBuffer(); // warm up
  const t = await timeRuns(RUNS, async () => { await (await request()).arrayBuffer(); });
  const total = (await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM parcels'))!.n;
  return { 'data set': label, 'parcels in DB': total, 'parcels in view': features, 'p50 ms': t.p50, 'p95 ms': t.p95, 'gzip bytes': bytes, runs: RUNS };
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

    const large = await Db.open(join(dir, 'large.duckdb'));
    await migrate(large);
    const started = performance.now();
    await seedLargeParcelSet(large, 200_000);
    const loadMs = performance.now() - started;
    const largeRow = await measure(large, '200k generated parcels');
    large.close();
    return { rows: [demoRow, largeRow], loadMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
