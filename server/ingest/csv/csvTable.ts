import { randomUUID } from 'node:crypto';
import { writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db, Tx } from '../../store/db';
import { IngestError } from '../ingestError';
import { checkCsvShape } from './csvShape';

export interface RowError {
  row: number;
  column: string;
  message: string;
}
export interface ImportDiff {
  inserted: number;
  changed: number;
  unchanged: number;
}

/** A problem list longer than this helps nobody; the count of rows with errors is still right. */
export const MAX_ERRORS = 200;

/** A column name from the planner's file, quoted as an SQL identifier. */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
/** A text as an SQL string literal (column names go into error messages). */
export const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Loads a CSV into a temp table (`line` = the row number a spreadsheet shows, all columns as
 * text) inside one transaction, so that checking and storing see the same rows and a failure
 * anywhere stores nothing. DuckDB's reader sniffs the delimiter: Swedish files use semicolons.
 */
export async function withCsv<T>(db: Db, csv: string, work: (tx: Tx, table: string) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const table = await loadCsv(tx, csv);
    // On an error the rollback takes the temp tables with it.
    const result = await work(tx, table);
    await tx.run(`DROP TABLE IF EXISTS ${table}`);
    await tx.run(`DROP TABLE IF EXISTS ${table}_parsed`);
    return result;
  });
}

/** A CSV as a temp table of the transaction (see `withCsv`); returns the table's name. */
export async function loadCsv(tx: Tx, csv: string): Promise<string> {
  checkCsvShape(csv);
  const path = join(tmpdir(), `platsatlas-import-${randomUUID()}.csv`);
  writeFileSync(path, csv);
  try {
    const table = `import_${randomUUID().replaceAll('-', '')}`;
    await tx.run(`CREATE TEMP TABLE ${table} AS
      SELECT row_number() OVER () + 1 AS line, * FROM read_csv('${path}', header = true, all_varchar = true, auto_detect = true)`);
    return table;
  } catch (error) {
    // Whatever DuckDB's reader still finds wrong is the file's problem, told as such.
    const reason = String((error as Error).message ?? error).split('\n')[0];
    throw new IngestError(`Filen kunde inte läsas som CSV: ${reason} (The file could not be read as CSV.)`);
  } finally {
    rmSync(path, { force: true });
  }
}

/**
 * A file's text: UTF-8 (with or without a byte-order mark) or, failing that, Windows-1252, as
 * older Swedish Excel and many registers still save it: "Ägare" must not become "�gare".
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export async function csvColumns(tx: Tx, table: string): Promise<string[]> {
  const rows = await tx.all<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`,
  );
  return rows.map((r) => r.name).filter((n) => n !== 'line');
}

/**
 * Which column holds each field, by name. Guesses in order of preference: a vendor's counts
 * file with `id` ("HOT-01-c") and `station` ("HOT-01") columns is keyed by the station.
 */
export function guessMapping<F extends string>(
  columns: string[],
  guesses: Record<F, RegExp | RegExp[]>,
): Partial<Record<F, string>> {
  const mapping: Partial<Record<F, string>> = {};
  for (const field of Object.keys(guesses) as F[]) {
    const preferred = ([] as RegExp[]).concat(guesses[field]);
    for (const pattern of preferred) {
      const hit = columns.find((c) => pattern.test(c.trim()));
      if (hit) {
        mapping[field] = hit;
        break;
      }
    }
  }
  return mapping;
}

/** Runs the checks (each a SELECT of line, column, message) and lists the problems by row. */
export async function collectErrors(tx: Tx, checks: string[]): Promise<RowError[]> {
  const rows = await tx.all<{ row: number; columnName: string; message: string }>(
    `SELECT line AS row, column_name AS "columnName", message FROM (${checks.join('\nUNION ALL ')}) ORDER BY 1, 2 LIMIT ${MAX_ERRORS}`,
  );
  return rows.map((p) => ({ row: Number(p.row), column: p.columnName, message: p.message }));
}

/**
 * How an import's rows compare with what is stored: `pairs` selects each row's `incoming` value
 * and the `stored` one (NULL when there is none).
 */
export async function diffCounts(tx: Tx, pairs: string): Promise<ImportDiff> {
  return (await tx.one<ImportDiff>(`
    SELECT count(*) FILTER (WHERE stored IS NULL)::INTEGER AS inserted,
           count(*) FILTER (WHERE stored <> incoming)::INTEGER AS changed,
           count(*) FILTER (WHERE stored = incoming)::INTEGER AS unchanged
    FROM (${pairs})`))!;
}

export async function countRows(tx: Tx, table: string): Promise<number> {
  return (await tx.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`))!.n;
}

/**
 * A date as planners write it: ISO (2026-03-01), Swedish short (2026-3-1) or a month
 * (2026-03, taken as its first day). NULL when it is none of these.
 */
export const parseDateSql = (expr: string) => `coalesce(
  try_strptime(${expr}, '%Y-%m-%d')::DATE,
  try_strptime(${expr}, '%Y-%m')::DATE,
  try_strptime(${expr}, '%Y%m%d')::DATE)`;

/** A decimal as Swedish files write it (1 234,5) or as computers do (1234.5). */
export const parseDecimalSql = (expr: string) =>
  `try_cast(replace(replace(replace(${expr}, ' ', ''), chr(160), ''), ',', '.') AS DOUBLE)`;
