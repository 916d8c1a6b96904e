import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area } from '@turf/turf';
import { bulkInsert } from '../../server/store/bulkInsert';
import { Db } from '../../server/store/db';
import { migrate } from '../../server/store/schema';
import { wgs84ToSweref } from '../../server/domain/sweref';
import { generateFabric } from '../seed/generators/townFabric';
import { Random } from '../seed/random';

/**
 * Fills an empty (migrated) database with about `target` generated parcels in a square centred
 * on Malmö's Stortorget, as the 200k-parcel benchmark data set.
 */
export async function seedLargeParcelSet(db: Db, target: number): Promise<number> {
  const parcelsPerBlock = 6; // two rows of 2–4 lots on average
  const blockArea = 110 * 86;
  const side = Math.sqrt((target / parcelsPerBlock) * blockArea);
  const [e, n] = wgs84ToSweref([13.0011, 55.6059]);
  const fabric = generateFabric(new Random(7), {
    area: [e - side / 2, n - side / 2, e + side / 2, n + side / 2],
    keepCell: () => true,
    municipalityName: 'Malmö',
  });
  await db.transaction(async (tx) => {
    await tx.run("INSERT INTO sources VALUES ('bench', 'Benchmark', 'CC0 1.0', NULL, true, current_timestamp)");
    await bulkInsert(tx, 'parcels', [
      ['id', 'varchar'], ['designation', 'varchar'], ['geom', 'geometry+extent'], ['area_m2', 'double'],
      ['source_id', 'varchar'], ['generated', 'boolean'], ['updated_by', 'varchar'],
    ], fabric.parcels.map((p) => [p.id, p.designation, p.geometry, area(p.geometry), 'bench', true, 'bench']));
  });
  return fabric.parcels.length;
}

/** Runs a benchmark on a fresh temporary database holding about `target` generated parcels. */
export async function withLargeParcelDb<T>(target: number, work: (db: Db) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'platsatlas-bench-'));
  const db = await Db.open(join(dir, 'large.duckdb'));
  try {
    await migrate(db);
    await seedLargeParcelSet(db, target);
    return await work(db);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
