import type { Db } from './db';
import domain from './migrations/001-domain';
import accounts from './migrations/002-accounts';
import actionPlan from './migrations/003-action-plan';
import owners from './migrations/004-owners';
import footfallDaily from './migrations/005-footfall-daily';
import events from './migrations/006-events';
import processAndWalks from './migrations/007-process-and-walks';
import footfallDailyImported from './migrations/008-footfall-daily-imported';
import places from './migrations/009-places';
import eventPlaces from './migrations/010-event-places';
import listingGenerated from './migrations/011-listing-generated';
import commitCount from './migrations/012-commit-count';
import listingPhoto from './migrations/013-listing-photo';
import noMadeUpFabric from './migrations/014-no-made-up-fabric';

/**
 * The schema as an ordered list of migrations. A migration never changes once released;
 * a change to the model is a new entry. `meta.schema_version` records how far a file has come.
 *
 * Geometry is stored as core GEOMETRY (WKB, WGS 84) with its extent in min_x … max_y, so a
 * bbox filter is four comparisons DuckDB can prune by row-group statistics. `generated` marks
 * every row the seed recipe made up, as opposed to rows imported from real data.
 */
const MIGRATIONS: string[] = [
  domain,
  accounts,
  actionPlan,
  owners,
  footfallDaily,
  events,
  processAndWalks,
  footfallDailyImported,
  places,
  eventPlaces,
  listingGenerated,
  commitCount,
  listingPhoto,
  noMadeUpFabric,
];

/** The file is a DuckDB database of something else: never write our tables into it. */
export class ForeignDatabase extends Error {
  constructor(readonly tables: string[]) {
    super(`the database holds other tables (${tables.slice(0, 3).join(', ')}) and no Platsatlas schema`);
  }
}

export async function migrate(db: Db): Promise<void> {
  const hasMeta = await db.one<{ n: number }>(
    "SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = 'meta'",
  );
  if (!hasMeta?.n) {
    const others = await db.all<{ name: string }>(
      'SELECT table_name AS name FROM information_schema.tables WHERE table_catalog = current_database() ORDER BY 1 LIMIT 5',
    );
    if (others.length > 0) throw new ForeignDatabase(others.map((t) => t.name));
  }
  let version = 0;
  if (hasMeta?.n) {
    const row = await db.one<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'");
    version = Number(row?.value ?? 0);
  }
  for (let i = version; i < MIGRATIONS.length; i++) {
    await db.transaction(async (tx) => {
      await tx.run(MIGRATIONS[i]);
      await tx.run(
        "INSERT INTO meta VALUES ('schema_version', $v) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        { v: String(i + 1) },
      );
    });
  }
  await db.startCommitLedger();
}
