import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../../server/config';
import { startServer } from '../../server/server';
import { tilesCovering } from '../../server/tiles/tileMath';
import type { Extent } from '../../server/domain/extent';

/**
 * What a thousand readers on the day a project opens do to the server: every URL the public
 * page loads, hammered by 200 connections (autocannon, as `wrk -c200`), one after the other.
 */
export async function benchPublicLoad(seconds = 10) {
  const dir = mkdtempSync(join(tmpdir(), 'platsatlas-bench-public-'));
  const config = loadConfig({});
  const server = await startServer({ ...config, port: 0, dbPath: join(dir, 'public.duckdb') }, () => {});
  try {
    const bbox = ((await (await fetch(`${server.url}/api/config`)).json()) as { centre: { bbox: Extent } }).centre.bbox;
    const html = await (await fetch(`${server.url}/public`)).text();
    const script = html.match(/src="\.\/(assets\/index-[^"]+\.js)"/)?.[1];
    const maplibre = readdirSync(join(config.webRoot, 'assets')).find((f) => /^maplibre-gl-[^.]+\.js$/.test(f));
    const tiles = ['land', 'streets', 'buildings'].flatMap((layer) =>
      tilesCovering(bbox, 15).map(({ z, x, y }) => `/api/tiles/${layer}/${z}/${x}/${y}.mvt`),
    );
    const targets: [string, string[]][] = [
      ['/public (the page)', ['/public']],
      ['the app’s main script (~110 KiB gzip)', script ? [`/${script}`] : []],
      ['MapLibre, the largest script (~300 KiB gzip)', maplibre ? [`/assets/${maplibre}`] : []],
      ['/api/config', ['/api/config']],
      ['/api/public/actions', ['/api/public/actions']],
      ['/api/public/vacancies', ['/api/public/vacancies']],
      ['/api/public/footfall', ['/api/public/footfall']],
      [`base-map tiles of the view (${tiles.length})`, tiles],
    ];
    const rows = [];
    for (const [name, paths] of targets) {
      if (paths.length === 0) continue;
      const result = await autocannon({
        url: server.url,
        connections: 200,
        // The client in its own thread: in the server's event loop it would be measuring itself.
        workers: 1,
        duration: seconds,
        timeout: 10,
        requests: paths.map((path) => ({ method: 'GET', path, headers: { 'accept-encoding': 'gzip' } })),
      });
      rows.push({
        url: name,
        'requests/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        'non-2xx': result.non2xx,
        timeouts: result.timeouts,
        errors: result.errors,
      });
    }
    return rows;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
