import type { Tx } from '../db';
import { audit } from '../audit';
import { refreshDailyFootfallTouchedBy } from '../footfallRollup';
import { collectErrors, countRows, ident, literal, type ImportDiff } from './csvTable';
import type { CsvImporter } from './importer';

type Field = 'counter' | 'timestamp' | 'count';

/**
 * Hourly footfall counts. Every row is checked before anything is stored: unknown counter,
 * unreadable time, not on the hour, negative or non-integer count, the same counter and hour
 * twice. Times with an offset are taken as given; times without one are Stockholm local time.
 */
export const footfallImporter: CsvImporter<Field> = {
  fields: ['counter', 'timestamp', 'count'],
  guesses: {
    counter: /^(counter(_?id)?|r[äa]knare(_?id)?|sensor|id)$/i,
    timestamp: /^(timestamp|time|tid(punkt)?|datum(_?tid)?|date(_?time)?|ts)$/i,
    count: /^(count|antal|besökare|visitors|value|v[äa]rde)$/i,
  },

  async parse(tx, table, m) {
    const [counter, stamp, count] = [ident(m.counter), ident(m.timestamp), ident(m.count)];
    await tx.run(`CREATE TEMP TABLE ${table}_parsed AS
      SELECT line, trim(${counter}) AS counter_id, trim(${stamp}) AS raw_ts, trim(${count}) AS raw_count,
        CASE WHEN regexp_matches(trim(${stamp}), '(Z|[+-]\\d\\d:?\\d\\d)$') THEN try_cast(trim(${stamp}) AS TIMESTAMPTZ)
             ELSE timezone('Europe/Stockholm', try_cast(trim(${stamp}) AS TIMESTAMP)) END AS ts,
        try_cast(trim(${count}) AS BIGINT) AS count
      FROM ${table}`);
    const p = `${table}_parsed`;
    const errors = await collectErrors(tx, [
      `SELECT line, ${literal(m.counter)} AS column_name, 'Räknaren finns inte (unknown counter): ' || coalesce(counter_id, '') AS message
        FROM ${p} WHERE counter_id IS NULL OR counter_id NOT IN (SELECT id FROM footfall_counters)`,
      `SELECT line, ${literal(m.timestamp)}, 'Tiden går inte att läsa (unreadable time): ' || coalesce(raw_ts, '') FROM ${p} WHERE ts IS NULL`,
      // A date alone would be read as midnight and a day's visitors stored as one night hour.
      `SELECT line, ${literal(m.timestamp)}, 'Klockslag saknas: dagsvärden kan inte läsas in, bara timvärden (hourly counts only): ' || raw_ts FROM ${p}
        WHERE regexp_full_match(raw_ts, '[0-9]{4}-[0-9]{2}-[0-9]{2}')`,
      `SELECT line, ${literal(m.timestamp)}, 'Tiden ska vara en hel timme (not on the hour): ' || raw_ts FROM ${p}
        WHERE ts IS NOT NULL AND (minute(ts) <> 0 OR second(ts) <> 0)`,
      `SELECT line, ${literal(m.count)}, 'Antalet ska vara ett heltal ≥ 0 (count must be a whole number ≥ 0): ' || coalesce(raw_count, '') FROM ${p}
        WHERE count IS NULL OR count < 0 OR count > 2147483647`,
      `SELECT line, ${literal(m.timestamp)}, 'Samma räknare och timme finns redan på rad ' || first_line || ' (duplicate)' FROM (
        SELECT line, min(line) OVER (PARTITION BY counter_id, ts) AS first_line FROM ${p} WHERE ts IS NOT NULL) WHERE line <> first_line`,
    ]);
    return { rows: await countRows(tx, p), errors };
  },

  preview(tx, table) {
    return tx.all(
      `SELECT line::INTEGER AS row, counter_id AS counter, strftime(timezone('Europe/Stockholm', ts), '%Y-%m-%d %H:%M') AS timestamp, count::DOUBLE AS count
       FROM ${table}_parsed WHERE ts IS NOT NULL ORDER BY line LIMIT 10`);
  },

  /** Replaces what the database had for the same counter and hour, then the daily rollup of those days. */
  async store(tx: Tx, table: string, userId: string, fileName: string): Promise<ImportDiff> {
    const diff = (await tx.one<ImportDiff>(`
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
  },
};
