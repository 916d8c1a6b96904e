import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Db } from '../../server/store/db';
import { migrate } from '../../server/store/schema';
import { loadConfig } from '../../server/config';
import { seed } from '../../server/ingest/seed';
import { findPlace } from '../../server/store/places';
import { createPlace } from '../../server/services/createPlace';
import { importFileIntoPlace } from '../../server/ingest/importFile';
import { syntheticParcelGeopackage } from '../../server/ingest/synthetic';

const MB = 1024 * 1024;

/** Runs `work` while sampling the process's resident memory; answers the time and the peak. */
async function measured<T>(work: () => Promise<T>) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const result = await work();
    return {
      result,
      ms: performance.now() - started,
      peakMb: Math.round(Math.max(peak, process.memoryUsage().rss) / MB),
    };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * Imports as a municipality brings them, into the demo database: the Stockholm City OSM extract
 * again (every building, street and premises matched by OSM id) and a 200k-parcel GeoPackage in
 * SWEREF 99 TM (transformed, checked and stored in one transaction).
 */
export async function benchPlaceImports(parcels = 200_000) {
  const dir = mkdtempSync(join(tmpdir(), 'platsatlas-bench-imports-'));
  const db = await Db.open(join(dir, 'imports.duckdb'));
  try {
    await migrate(db);
    await seed(db, { recipePath: loadConfig({}).recipePath });
    const stockholm = (await findPlace(db, 'stockholm-city'))!;
    const osmFile = readFileSync(
      fileURLToPath(new URL('../../data/stockholm/stockholm-city-2020.osm', import.meta.url)),
    );
    const osm = await measured(() => importFileIntoPlace(db, stockholm, osmFile, { userId: 'bench' }));

    const gpkg = await syntheticParcelGeopackage(parcels);
    const place = await createPlace(db, { name: 'Benchmark parcels', bbox: gpkg.bbox }, 'bench');
    const imported = await measured(() => importFileIntoPlace(db, place, gpkg.bytes, { userId: 'bench' }));
    const stored = imported.result.kind === 'parcels' ? imported.result.stored.new : 0;
    return [
      {
        import: 'Stockholm City OSM extract (3.0 MB, 180 buildings, 858 streets, 780 premises)',
        features:
          osm.result.kind === 'osm' ? osm.result.buildings + osm.result.streets + osm.result.premises.unchanged : 0,
        seconds: (osm.ms / 1000).toFixed(2),
        'per second': '–',
        'peak RSS MB': osm.peakMb,
      },
      {
        import: `GeoPackage of parcels in SWEREF 99 TM (${(gpkg.bytes.length / MB).toFixed(0)} MB)`,
        features: stored,
        seconds: (imported.ms / 1000).toFixed(2),
        'per second': Math.round(stored / (imported.ms / 1000)),
        'peak RSS MB': imported.peakMb,
      },
    ];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
