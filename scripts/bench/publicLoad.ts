import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { hasWrk, wrk, type LoadResult } from './wrk';
import { loadConfig } from '../../server/config';
import { startBenchServer } from './benchServer';
import { tilesCovering } from '../../server/tiles/tileMath';
import type { Extent } from '../../server/domain/extent';

/**
 * What a thousand readers on the day a project opens do to the server: every URL the public
 * page loads, hammered by 200 connections, one after the other: with `wrk` (C, `apt-get install
 * wrk`) when it is installed, else autocannon, whose JavaScript client tops out at ~80 MB/s here
 * (a bare node:http server sending MapLibre's 295 KiB measures p99 1.6 s with it, 27 ms with wrk).
 */
export async function benchPublicLoad(seconds = 20) {
  const load = hasWrk() ? 'wrk -t1' : 'autocannon (install wrk for a client that is not the bottleneck)';
  const dir = mkdtempSync(join(tmpdir(), 'platsatlas-bench-public-'));
  const config = loadConfig({});
  const server = await startBenchServer(dir, 'public.duckdb');
  try {
    const bbox = ((await (await fetch(`${server.url}/api/config`)).json()) as { centre: { bbox: Extent } }).centre.bbox;
    const html = await (await fetch(`${server.url}/public`)).text();
    const script = html.match(/src="\.\/(assets\/index-[^"]+\.js)"/)?.[1];
    const maplibre = readdirSync(join(config.webRoot, 'assets')).find((f) => /^maplibre-gl-[^.]+\.js$/.test(f));
    const tiles = ['land', 'streets', 'buildings'].flatMap((layer) =>
      tilesCovering(bbox, 15).map(({ z, x, y }) => `/api/tiles/${layer}/${z}/${x}/${y}.mvt`),
    );
    const gzipKiB = (file: string) => Math.round(gzipSync(readFileSync(join(config.webRoot, file))).length / 1024);
    const targets: [string, string[]][] = [
      ['/public (the page)', ['/public']],
      [`the app’s main script (${script ? gzipKiB(script) : '?'} KiB gzip)`, script ? [`/${script}`] : []],
      [
        `MapLibre, the largest script (${maplibre ? gzipKiB(`assets/${maplibre}`) : '?'} KiB gzip)`,
        maplibre ? [`/assets/${maplibre}`] : [],
      ],
      ['/api/config', ['/api/config']],
      ['/api/public/actions', ['/api/public/actions']],
      ['/api/public/vacancies', ['/api/public/vacancies']],
      ['/api/public/footfall', ['/api/public/footfall']],
      [`base-map tiles of the view (${tiles.length})`, tiles],
    ];
    const rows = [];
    for (const [name, paths] of targets) {
      if (paths.length === 0) continue;
      const result = hasWrk()
        ? await wrk(server.url, paths, { seconds })
        : await autocannonLoad(server.url, paths, seconds);
      rows.push({ url: name, client: load, ...result });
    }
    return rows;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function autocannonLoad(url: string, paths: string[], seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: 200,
    // The client in its own thread: in the server's event loop it would be measuring itself.
    workers: 1,
    duration: seconds,
    timeout: 10,
    requests: paths.map((path) => ({ method: 'GET', path, headers: { 'accept-encoding': 'gzip' } })),
  });
  return {
    'requests/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'non-2xx': result.non2xx,
    timeouts: result.timeouts,
    errors: result.errors,
  };
}
