import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Db } from '../../server/store/db';
import { migrate } from '../../server/store/schema';
import { writeSyntheticParcels } from '../../server/ingest/synthetic';

/** Runs a benchmark on a fresh temporary database holding about `target` generated parcels. */
export async function withLargeParcelDb<T>(target: number, work: (db: Db) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'platsatlas-bench-'));
  const db = await Db.open(join(dir, 'large.duckdb'));
  try {
    await migrate(db);
    await writeSyntheticParcels(db, target);
    return await work(db);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
