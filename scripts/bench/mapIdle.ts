import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config';
import { startServer } from '../../server/server';
import { launchChromium } from '../browser';

/** Time from navigation to the first settled map with parcels drawn, in headless Chromium (SwiftShader). */
export async function benchMapIdle(runs = 5) {
  const dir = mkdtempSync(join(tmpdir(), 'platsatlas-bench-'));
  const server = await startServer({ ...loadConfig({}), port: 0, dbPath: join(dir, 'bench.duckdb') }, () => {});
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${server.url}/#16/55.6050/13.0010`);
      await page.waitForSelector('[data-parcels-loaded="true"]', { state: 'attached', timeout: 60_000 });
      await page.waitForSelector('[data-map-idle="true"]', { state: 'attached', timeout: 60_000 });
      times.push(performance.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  return { runs, medianMs: times[Math.floor(times.length / 2)], minMs: times[0], maxMs: times[times.length - 1] };
}
