import { randomUUID } from 'node:crypto';
import { writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db, Tx } from './db';
import { audit } from './audit';
import { refreshDailyFootfallTouchedBy } from './footfallRollup';

export interface ColumnMapping { counter: string; timestamp: string; count: string }
export interface RowError { row: number; column: string; message: string }

const MAX_ERRORS = 200;
const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Column names a planner's file is likely to use, so most files need no manual mapping. */
const GUESSES: Record<keyof ColumnMapping, RegExp> = {
  counter: /^(counter(_?id)?|r[äa]knare(_?id)?|sensor|id)$/i,
  timestamp: /^(timestamp|time|tid(punkt)?|datum(_?tid)?|date(_?time)?|ts)$/i,
  count: /^(count|antal|besökare|visitors|value|v[äa]rde)$/i,
};

/**
 * Hourly footfall counts from CSV, read by DuckDB's own CSV reader (fast, and it sniffs the
 * delimiter: Swedish files use semicolons). Every row is checked before anything is stored:
 * unknown counter, unreadable time, not on the hour, negative or non-integer count, the same
 * counter and hour twice. Times with an offset are taken as given; times without one are
 * Stockholm local time.
 */
export async function withCsv<T>(db: Db, csv: string, work: (tx: Tx, table: string) => Promise<T>): Promise<T> {
  const path = join(tmpdir(), `platsatlas-import-${randomUUID()}.csv`);
  writeFileSync(path, csv);
  try {
    return await db.transaction(async (tx) => {
      const table = `import_${randomUUID().replaceAll('-', '')}`;
      await tx.run(`CREATE TEMP TABLE ${table} AS
        SELECT row_number() OVER () + 1 AS line, * FROM read_csv('${path}', header = true, all_varchar = true, auto_detect = true)`);
      try {
        return await work(tx, table);
      } finally {
        await tx.run(`DROP TABLE IF EXISTS ${table}`);
      }
    });
  } finally {
    rmSync(path, { force: true });
  }
}

export async function csvColumns(tx: Tx, table: string): Promise<string[]> {
  const rows = await tx.all<{ name: string }>(`SELECT column_name AS name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`);
  return rows.map((r) => r.name).filter((n) => n !== 'line');
}

export function guessMapping(columns: string[]): Partial<ColumnMapping> {
  const mapping: Partial<ColumnMapping> = {};
  for (const key of Object.keys(GUESSES) as (keyof ColumnMapping)[]) {
    const hit = columns.find((c) => GUESSES[key].test(c.trim()));
    if (hit) mapping[key] = hit;
  }
  return mapping;
}

/** Parses and checks every row into a temp table `${table}_parsed`; returns the errors found. */
export async function parseFootfall(tx: Tx, table: string, m: ColumnMapping): Promise<{ rows: number; errors: RowError[] }> {
  const [counter, stamp, count] = [q(m.counter), q(m.timestamp), q(m.count)];
  await tx.run(`CREATE TEMP TABLE ${table}_parsed AS
    SELECT line, trim(${counter}) AS counter_id, trim(${stamp}) AS raw_ts, trim(${count}) AS raw_count,
      CASE WHEN regexp_matches(trim(${stamp}), '(Z|[+-]\\d\\d:?\\d\\d)$') THEN try_cast(trim(${stamp}) AS TIMESTAMPTZ)
           ELSE timezone('Europe/Stockholm', try_cast(trim(${stamp}) AS TIMESTAMP)) END AS ts,
      try_cast(trim(${count}) AS BIGINT) AS count
    FROM ${table}`);
  const problems = await tx.all<{ row: number; columnName: string; message: string }>(`
    SELECT line AS row, column_name AS "columnName", message FROM (
      SELECT line, '${m.counter.replaceAll("'", "''")}' AS column_name, 'Räknaren finns inte (unknown counter): ' || coalesce(counter_id, '') AS message
        FROM ${table}_parsed p WHERE counter_id IS NULL OR counter_id NOT IN (SELECT id FROM footfall_counters)
      UNION ALL SELECT line, '${m.timestamp.replaceAll("'", "''")}', 'Tiden går inte att läsa (unreadable time): ' || coalesce(raw_ts, '') FROM ${table}_parsed WHERE ts IS NULL
      UNION ALL SELECT line, '${m.timestamp.replaceAll("'", "''")}', 'Tiden ska vara en hel timme (not on the hour): ' || raw_ts FROM ${table}_parsed
        WHERE ts IS NOT NULL AND (minute(ts) <> 0 OR second(ts) <> 0)
      UNION ALL SELECT line, '${m.count.replaceAll("'", "''")}', 'Antalet ska vara ett heltal ≥ 0 (count must be a whole number ≥ 0): ' || coalesce(raw_count, '') FROM ${table}_parsed
        WHERE count IS NULL OR count < 0 OR count > 2147483647
      UNION ALL SELECT line, '${m.timestamp.replaceAll("'", "''")}', 'Samma räknare och timme finns redan på rad ' || first_line || ' (duplicate)' FROM (
        SELECT line, min(line) OVER (PARTITION BY counter_id, ts) AS first_line FROM ${table}_parsed WHERE ts IS NOT NULL) WHERE line <> first_line
    ) ORDER BY 1, 2 LIMIT ${MAX_ERRORS}`);
  const rows = (await tx.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}_parsed`))!.n;
  return { rows, errors: problems.map((p) => ({ row: Number(p.row), column: p.columnName, message: p.message })) };
}

/**
 * Stores the parsed counts, replacing what the database had for the same counter and hour, so
 * importing the same file twice changes nothing. Refreshes the daily rollup of the counters.
 */
export async function storeFootfall(tx: Tx, table: string, userId: string, fileName: string) {
  const diff = (await tx.one<{ inserted: number; changed: number; unchanged: number }>(`
    SELECT count(*) FILTER (WHERE c.counter_id IS NULL)::INTEGER AS inserted,
           count(*) FILTER (WHERE c.counter_id IS NOT NULL AND c.count <> p.count)::INTEGER AS changed,
           count(*) FILTER (WHERE c.counter_id IS NOT NULL AND c.count = p.count)::INTEGER AS unchanged
    FROM ${table}_parsed p LEFT JOIN footfall_counts c ON c.counter_id = p.counter_id AND c.ts = p.ts`))!;
  if (diff.inserted + diff.changed > 0) {
    await tx.run(`DELETE FROM footfall_counts USING ${table}_parsed p WHERE footfall_counts.counter_id = p.counter_id AND footfall_counts.ts = p.ts`);
    await tx.run(`INSERT INTO footfall_counts SELECT counter_id, ts, count::INTEGER, false FROM ${table}_parsed ORDER BY counter_id, ts`);
    await refreshDailyFootfallTouchedBy(tx, `${table}_parsed`);
    await audit(tx, { userId, action: 'import-footfall', entity: 'footfall_counts', entityId: fileName, after: diff });
  }
  return diff;
}

export async function previewRows(tx: Tx, table: string) {
  return tx.all<{ row: number; counterId: string; t: string; count: number }>(
    `SELECT line::INTEGER AS row, counter_id AS "counterId", strftime(timezone('Europe/Stockholm', ts), '%Y-%m-%d %H:%M') AS t, count::DOUBLE AS count
     FROM ${table}_parsed WHERE ts IS NOT NULL ORDER BY line LIMIT 10`);
}
