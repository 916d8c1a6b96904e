import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { loadConfig } from '../../server/config';
import { startBenchServer } from './benchServer';
import { offlineBasemapStyle } from '../../web/map/basemapStyle';
import { launchChromium } from '../browser';

const BARE = 'bench-bare';

/**
 * With `?whole`, the bare page paints its first view once, when its tiles are in, as the app
 * does (web/map/firstViewWhole.ts, in short): the app's pages against it show what their own
 * layers and code cost, apart from what painting less saves.
 */
const PAINT_WHOLE = `if (location.search === '?whole') {
  const painter = map.painter, paint = painter.render.bind(painter), until = performance.now() + 2000;
  painter.render = (...args) => {
    if (map.isStyleLoaded() !== true && performance.now() < until) return;
    painter.render = paint;
    paint(...args);
  };
}`;

/**
 * A bare MapLibre page drawing the same base map from the same server: no React, no app, no
 * deck.gl. What the app's first map is measured against. Written into the web root for the run.
 */
function writeBarePage(webRoot: string, origin: string, bounds: number[]) {
  const dir = join(webRoot, BARE);
  mkdirSync(dir, { recursive: true });
  const dist = 'node_modules/maplibre-gl/dist';
  copyFileSync(join(dist, 'maplibre-gl.mjs'), join(dir, 'maplibre-gl.mjs'));
  copyFileSync(join(dist, 'maplibre-gl-worker.mjs'), join(dir, 'maplibre-gl-worker.mjs'));
  copyFileSync(join(dist, 'maplibre-gl.css'), join(dir, 'maplibre-gl.css'));
  const style = offlineBasemapStyle({ from: 'server', origin, version: '' }, '© OpenStreetMap contributors');
  writeFileSync(join(dir, 'style.json'), JSON.stringify(style));
  writeFileSync(
    join(dir, 'bare.js'),
    `import * as m from './maplibre-gl.mjs';
m.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
const map = new m.Map({ container: 'map', style: './style.json', bounds: ${JSON.stringify(bounds)} });
map.on('idle', () => { document.body.dataset.mapIdle = 'true'; });
${PAINT_WHOLE}`,
  );
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="./maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div><script type="module" src="./bare.js"></script></body></html>`,
  );
  return () => rmSync(dir, { recursive: true, force: true });
}

/**
 * Opens a page, waits for its map to settle; the time and the JavaScript (gzip) it fetched
 * meanwhile. The scripts are read and gzip'd once the map is idle: this process is also the
 * server the page talks to, and reading and compressing ~1.5 MB while the page loads would hold
 * up the page's own requests.
 */
async function firstIdle(page: Page, url: string) {
  const scripts: Response[] = [];
  page.on('response', (r) => {
    if (/\.m?js(\?|$)/.test(r.url())) scripts.push(r);
  });
  const started = performance.now();
  await page.goto(url);
  await page.waitForSelector('[data-map-idle="true"]', { state: 'attached', timeout: 60_000 });
  const ms = performance.now() - started;
  const before = scripts.slice();
  const sizes = await Promise.all(
    before.map((r) =>
      r.body().then(
        (b) => gzipSync(b).length,
        () => 0,
      ),
    ),
  );
  return { ms, kib: sizes.reduce((a, b) => a + b, 0) / 1024 };
}

/**
 * First map idle and JavaScript before idle, the app's public page and planner's map beside a
 * bare MapLibre page with the same base map, same server, same run, alternating.
 */
export async function benchFirstMap(runs = 5) {
  const dir = mkdtempSync(join(tmpdir(), 'platsatlas-bench-'));
  const config = loadConfig({});
  const server = await startBenchServer(dir);
  const bounds = ((await (await fetch(`${server.url}/api/config`)).json()) as { centre: { bbox: number[] } }).centre
    .bbox;
  const removeBare = writeBarePage(config.webRoot, server.url, bounds);
  const browser = await launchChromium();
  const pages = {
    bare: `${server.url}/${BARE}/index.html`,
    bareWhole: `${server.url}/${BARE}/index.html?whole`,
    public: `${server.url}/public`,
    planner: `${server.url}/`,
  };
  const results = Object.fromEntries(
    Object.keys(pages).map((name) => [name, { ms: [] as number[], kib: 0 }]),
  ) as Record<keyof typeof pages, { ms: number[]; kib: number }>;
  try {
    // One round first that is not counted: the server has just started (no tile cut, no answer
    // kept) and so has Chromium, and the first page opened pays for both, whichever it is.
    for (let i = -1; i < runs; i++) {
      for (const [name, url] of Object.entries(pages) as [keyof typeof pages, string][]) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const { ms, kib } = await firstIdle(await context.newPage(), url);
        if (i >= 0) {
          results[name].ms.push(ms);
          results[name].kib = kib;
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    removeBare();
    rmSync(dir, { recursive: true, force: true });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const bare = { ms: median(results.bare.ms), kib: results.bare.kib };
  const labels: Record<keyof typeof pages, string> = {
    bare: 'bare MapLibre (same base map)',
    bareWhole: 'bare MapLibre, first view painted whole',
    public: 'public',
    planner: 'planner',
  };
  // Each round opens the pages one after the other: a page against the bare page of its own
  // round cancels the VM's slow and fast minutes (medians of the whole run moved 0.2× apart).
  const ratiosTo = (name: keyof typeof pages, yardstick: keyof typeof pages) =>
    results[name].ms.map((ms, i) => ms / results[yardstick].ms[i]).sort((a, b) => a - b);
  return (Object.keys(pages) as (keyof typeof pages)[]).map((name) => {
    const ratios = ratiosTo(name, 'bare');
    return {
      page: labels[name],
      runs,
      'idle median ms': Math.round(median(results[name].ms)),
      'idle ratio (median of rounds)': +median(ratios).toFixed(2),
      'ratio range': `${ratios[0].toFixed(2)}–${ratios.at(-1)!.toFixed(2)}`,
      'idle ratio to bare painted whole': +median(ratiosTo(name, 'bareWhole')).toFixed(2),
      'JS before idle KiB gzip': Math.round(results[name].kib),
      'JS ratio': +(results[name].kib / bare.kib).toFixed(2),
    };
  });
}
