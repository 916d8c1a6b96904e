import type { Tx } from '../../store/db';
import { audit } from '../../store/audit';
import { refreshDailyFootfallTouchedBy } from '../../store/footfallRollup';
import { collectErrors, countRows, diffCounts, ident, literal, type ImportDiff } from './csvTable';
import type { CsvImporter } from './importer';

type Field = 'counter' | 'timestamp' | 'count';

/**
 * Footfall counts, hourly or daily (a date without a time is a day's count). Every row is
 * checked before anything is stored: unknown counter, unreadable time, not on the hour,
 * negative or non-integer count, the same counter and hour (or day) twice, a day's count for a
 * day the counter already has hourly counts for. Times with an offset are taken as given; times
 * without one are Stockholm local time.
 */
export const footfallImporter: CsvImporter<Field> = {
  fields: ['counter', 'timestamp', 'count'],
  guesses: {
    counter: [/^(station(_?id)?|m[äa]tstation|counter(_?id)?|r[äa]knare(_?id)?|sensor(_?id)?)$/i, /^id$/i],
    timestamp: /^(timestamp|time|tid(punkt)?|datum(_?tid)?|date(_?time)?|ts)$/i,
    count: /^(count|antal|besökare|visitors|value|v[äa]rde)$/i,
  },

  async parse(tx, table, m) {
    const [counter, raw, count] = [ident(m.counter), ident(m.timestamp), ident(m.count)];
    // ISO 8601 in all its forms: DuckDB wants seconds and a colon in the offset, so
    // 2000-01-01T00:00Z and 2000-01-01 00:00+0100 get them first.
    const stamp = `regexp_replace(regexp_replace(trim(${raw}),
      '^([0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2})(Z|[+-][0-9]{2}:?[0-9]{2})?$', '\\1:00\\2'),
      '([+-][0-9]{2})([0-9]{2})$', '\\1:\\2')`;
    await tx.run(`CREATE TEMP TABLE ${table}_parsed AS
      SELECT line, trim(${counter}) AS counter_id, trim(${raw}) AS raw_ts, trim(${count}) AS raw_count,
        regexp_full_match(trim(${raw}), '[0-9]{4}-[0-9]{2}-[0-9]{2}') AS daily,
        CASE WHEN regexp_matches(${stamp}, '(Z|[+-]\\d\\d:\\d\\d)$') THEN try_cast(${stamp} AS TIMESTAMPTZ)
             ELSE timezone('Europe/Stockholm', try_cast(${stamp} AS TIMESTAMP)) END AS ts,
        try_cast(trim(${count}) AS BIGINT) AS count
      FROM ${table}`);
    const p = `${table}_parsed`;
    const errors = await collectErrors(tx, [
      `SELECT line, ${literal(m.counter)} AS column_name, 'Räknaren finns inte; läs in leverantörens stationsfil först (unknown counter): ' || coalesce(counter_id, '') AS message
        FROM ${p} WHERE counter_id IS NULL OR counter_id NOT IN (SELECT id FROM footfall_counters)`,
      `SELECT line, ${literal(m.timestamp)}, 'Tiden går inte att läsa (unreadable time): ' || coalesce(raw_ts, '') FROM ${p} WHERE ts IS NULL`,
      `SELECT line, ${literal(m.timestamp)}, 'Tiden ska vara en hel timme (not on the hour): ' || raw_ts FROM ${p}
        WHERE ts IS NOT NULL AND (minute(ts) <> 0 OR second(ts) <> 0)`,
      `SELECT line, ${literal(m.timestamp)}, 'Räknaren har redan timvärden den dagen; dagsvärdet skulle inte användas (hourly counts exist for this day): ' || raw_ts
        FROM ${p} d WHERE daily AND ts IS NOT NULL AND (
          EXISTS (SELECT 1 FROM footfall_counts c WHERE c.counter_id = d.counter_id AND c.ts >= d.ts AND c.ts < d.ts + INTERVAL 25 HOUR
            AND timezone('Europe/Stockholm', c.ts)::DATE = timezone('Europe/Stockholm', d.ts)::DATE)
          OR EXISTS (SELECT 1 FROM ${p} h WHERE NOT h.daily AND h.counter_id = d.counter_id
            AND timezone('Europe/Stockholm', h.ts)::DATE = timezone('Europe/Stockholm', d.ts)::DATE))`,
      `SELECT line, ${literal(m.count)}, 'Antalet ska vara ett heltal ≥ 0 (count must be a whole number ≥ 0): ' || coalesce(raw_count, '') FROM ${p}
        WHERE count IS NULL OR count < 0 OR count > 2147483647`,
      `SELECT line, ${literal(m.timestamp)}, 'Samma räknare och tid finns redan på rad ' || first_line || ' (duplicate)' FROM (
        SELECT line, min(line) OVER (PARTITION BY counter_id, ts) AS first_line FROM ${p} WHERE ts IS NOT NULL) WHERE line <> first_line`,
    ]);
    return { rows: await countRows(tx, p), errors };
  },

  preview(tx, table) {
    return tx.all(
      `SELECT line::INTEGER AS row, counter_id AS counter, CASE WHEN daily THEN strftime(timezone('Europe/Stockholm', ts), '%Y-%m-%d') ELSE strftime(timezone('Europe/Stockholm', ts), '%Y-%m-%d %H:%M') END AS timestamp, count::DOUBLE AS count
       FROM ${table}_parsed WHERE ts IS NOT NULL ORDER BY line LIMIT 10`,
    );
  },

  /**
   * Replaces what the database had for the same counter and hour (or day), then the daily rollup
   * of the days touched.
   */
  async store(tx: Tx, table: string, userId: string, fileName: string): Promise<ImportDiff> {
    const p = `${table}_parsed`;
    const diff = await diffCounts(
      tx,
      `
      SELECT p.count AS incoming, c.count AS stored FROM ${p} p LEFT JOIN footfall_counts c ON c.counter_id = p.counter_id AND c.ts = p.ts WHERE NOT p.daily
      UNION ALL
      SELECT p.count, d.count FROM ${p} p LEFT JOIN footfall_daily_imported d ON d.counter_id = p.counter_id AND d.day = timezone('Europe/Stockholm', p.ts)::DATE WHERE p.daily`,
    );
    if (diff.inserted + diff.changed > 0) {
      await tx.run(
        `DELETE FROM footfall_counts USING ${p} p WHERE NOT p.daily AND footfall_counts.counter_id = p.counter_id AND footfall_counts.ts = p.ts`,
      );
      await tx.run(
        `INSERT INTO footfall_counts SELECT counter_id, ts, count::INTEGER, false FROM ${p} WHERE NOT daily ORDER BY counter_id, ts`,
      );
      await tx.run(
        `INSERT OR REPLACE INTO footfall_daily_imported SELECT counter_id, timezone('Europe/Stockholm', ts)::DATE, count FROM ${p} WHERE daily`,
      );
      await refreshDailyFootfallTouchedBy(tx, p);
      await audit(tx, {
        userId,
        action: 'import-footfall',
        entity: 'footfall_counts',
        entityId: fileName,
        after: diff,
      });
    }
    return diff;
  },
};
