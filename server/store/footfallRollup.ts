import type { Tx } from './db';

/** Recomputes the whole daily rollup from the hourly counts, inside the writer's transaction. */
export async function refreshDailyFootfall(tx: Tx): Promise<void> {
  await tx.run('DELETE FROM footfall_daily');
  await tx.run(
    `INSERT INTO footfall_daily
     SELECT counter_id, timezone('Europe/Stockholm', ts)::DATE AS day, sum(count), count(*)::INTEGER
     FROM footfall_counts GROUP BY ALL ORDER BY counter_id, day`,
  );
  await addImportedDays(tx, 'SELECT counter_id, day FROM footfall_daily_imported');
}

/** Imported daily counts fill the days (among `days`) that have no hourly counts; `hours` 0 says so. */
async function addImportedDays(tx: Tx, days: string): Promise<void> {
  await tx.run(`INSERT INTO footfall_daily
    SELECT i.counter_id, i.day, i.count, 0 FROM footfall_daily_imported i
    WHERE (i.counter_id, i.day) IN (SELECT (counter_id, day) FROM (${days}))
      AND NOT EXISTS (SELECT 1 FROM footfall_daily d WHERE d.counter_id = i.counter_id AND d.day = i.day)`);
}

/**
 * Recomputes only the (counter, local day) pairs that the rows of `table` touch: an import of a
 * month does not re-read twenty years.
 */
export async function refreshDailyFootfallTouchedBy(tx: Tx, table: string): Promise<void> {
  await tx.run(`CREATE OR REPLACE TEMP TABLE ${table}_days AS
    SELECT DISTINCT counter_id, timezone('Europe/Stockholm', ts)::DATE AS day FROM ${table}`);
  await tx.run(
    `DELETE FROM footfall_daily USING ${table}_days d WHERE footfall_daily.counter_id = d.counter_id AND footfall_daily.day = d.day`,
  );
  await tx.run(`INSERT INTO footfall_daily
    SELECT c.counter_id, timezone('Europe/Stockholm', c.ts)::DATE AS day, sum(c.count), count(*)::INTEGER
    FROM footfall_counts c
    JOIN (SELECT counter_id, min(day) AS first, max(day) AS last FROM ${table}_days GROUP BY 1) r ON r.counter_id = c.counter_id
    -- a day's hours lie within a day either side in UTC
    WHERE c.ts >= r.first::TIMESTAMPTZ - INTERVAL 1 DAY AND c.ts < r.last::TIMESTAMPTZ + INTERVAL 2 DAY
      AND (c.counter_id, timezone('Europe/Stockholm', c.ts)::DATE) IN (SELECT (counter_id, day) FROM ${table}_days)
    GROUP BY ALL`);
  await addImportedDays(tx, `SELECT counter_id, day FROM ${table}_days`);
  await tx.run(`DROP TABLE ${table}_days`);
}
