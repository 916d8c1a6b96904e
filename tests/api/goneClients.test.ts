import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config';
import { startServer, type RunningServer } from '../../server/server';
import { tilesCovering } from '../../server/tiles/tileMath';
import type { Extent } from '../../server/domain/extent';
import { demoTemplate } from '../support/seededDb';

/**
 * Readers who leave (a closed tab, a map panned on) take their work with them: over real HTTP,
 * tile requests aborted while queued are dropped, not cut; a reader still waiting for the same
 * tile gets it.
 */
const dir = mkdtempSync(join(tmpdir(), 'platsatlas-gone-'));
let server: RunningServer;
let tiles: string[];
beforeAll(async () => {
  copyFileSync(demoTemplate(), join(dir, 'gone.duckdb'));
  server = await startServer(
    { ...loadConfig({}), port: 0, dbPath: join(dir, 'gone.duckdb'), backupDir: null },
    () => {},
  );
  const places = (await (await fetch(`${server.url}/api/places`)).json()) as { places: { id: string; bbox: Extent }[] };
  const stockholm = places.places.find((p) => p.id.includes('stockholm'))!;
  tiles = tilesCovering(stockholm.bbox, 17).map(({ z, x, y }) => `/api/tiles/parcels/${z}/${x}/${y}.mvt`);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const abandoned = async () =>
  ((await (await fetch(`${server.url}/api/health`)).json()) as { abandonedReads: number }).abandonedReads;

describe('work for a client that has gone', () => {
  it('is dropped, and a reader still there gets the same tile', async () => {
    expect(tiles.length).toBeGreaterThan(20);
    const before = await abandoned();
    const leaving = new AbortController();
    const requests = tiles.map((path) =>
      fetch(server.url + path, { signal: leaving.signal }).then(
        () => 'answered',
        () => 'left',
      ),
    );
    // One reader stays for a tile the leaving ones also asked for.
    const staying = fetch(server.url + tiles[tiles.length - 1]);
    await new Promise((r) => setTimeout(r, 15));
    leaving.abort();
    expect(await Promise.all(requests)).toContain('left');
    const kept = await staying;
    expect(kept.status).toBe(200);
    expect((await kept.arrayBuffer()).byteLength).toBeGreaterThan(0);

    // Give the server a moment to reach the queued reads, then count what it dropped.
    await new Promise((r) => setTimeout(r, 300));
    expect(await abandoned()).toBeGreaterThan(before);
    // Nothing was left broken in the tile cache: every tile still comes.
    for (const path of tiles.slice(0, 5)) expect((await fetch(server.url + path)).status).toBe(200);
  });
});
