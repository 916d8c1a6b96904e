import { audit } from '../../store/audit';
import { collectErrors, countRows, diffCounts, ident, literal, parseDateSql, parseDecimalSql } from './csvTable';
import type { CsvImporter } from './importer';

type Field = 'zone' | 'period' | 'value';

/**
 * Cityindex-style turnover series: one value per zone and month. The zone is named by its id
 * or its name; the period is a month (2026-03) or any date in it given as its first day.
 * A value for a zone and month already stored is replaced.
 */
export const turnoverIndexImporter: CsvImporter<Field> = {
  fields: ['zone', 'period', 'value'],
  guesses: {
    zone: /^(zone(_?id)?|zon(_?id)?|område|area|delområde)$/i,
    period: /^(period|månad|month|datum|date)$/i,
    value: /^(value|v[äa]rde|index|cityindex|omsättningsindex|turnover)$/i,
  },

  async parse(tx, table, m) {
    const [zone, period, value] = [ident(m.zone), ident(m.period), ident(m.value)];
    await tx.run(`CREATE TEMP TABLE ${table}_parsed AS
      SELECT t.line, trim(t.${zone}) AS raw_zone, trim(t.${period}) AS raw_period, trim(t.${value}) AS raw_value,
        (SELECT min(z.id) FROM index_zones z WHERE z.id = trim(t.${zone}) OR lower(z.name) = lower(trim(t.${zone}))) AS zone_id,
        ${parseDateSql(`trim(t.${period})`)} AS period,
        ${parseDecimalSql(`trim(t.${value})`)} AS value
      FROM ${table} t`);
    const p = `${table}_parsed`;
    const errors = await collectErrors(tx, [
      `SELECT line, ${literal(m.zone)} AS column_name, 'Zonen finns inte (unknown zone): ' || coalesce(raw_zone, '') AS message FROM ${p} WHERE zone_id IS NULL`,
      `SELECT line, ${literal(m.period)}, 'Perioden går inte att läsa, skriv ÅÅÅÅ-MM (unreadable month): ' || coalesce(raw_period, '') FROM ${p} WHERE period IS NULL`,
      `SELECT line, ${literal(m.period)}, 'Perioden ska vara en hel månad (period must be a month): ' || raw_period FROM ${p} WHERE day(period) <> 1`,
      `SELECT line, ${literal(m.value)}, 'Värdet ska vara ett tal ≥ 0 (value must be a number ≥ 0): ' || coalesce(raw_value, '') FROM ${p}
        WHERE value IS NULL OR value < 0 OR isinf(value) OR isnan(value)`,
      `SELECT line, ${literal(m.period)}, 'Samma zon och månad finns redan på rad ' || first_line || ' (duplicate)' FROM (
        SELECT line, min(line) OVER (PARTITION BY zone_id, period) AS first_line FROM ${p} WHERE zone_id IS NOT NULL AND period IS NOT NULL) WHERE line <> first_line`,
    ]);
    return { rows: await countRows(tx, p), errors };
  },

  preview(tx, table) {
    return tx.all(
      `SELECT p.line::INTEGER AS row, coalesce(z.name, p.raw_zone) AS zone, strftime(p.period, '%Y-%m') AS period, p.value
       FROM ${table}_parsed p LEFT JOIN index_zones z ON z.id = p.zone_id ORDER BY p.line LIMIT 10`,
    );
  },

  async store(tx, table, userId, fileName) {
    const p = `${table}_parsed`;
    const diff = await diffCounts(
      tx,
      `SELECT p.value AS incoming, v.value AS stored FROM ${p} p
      LEFT JOIN index_values v ON v.zone_id = p.zone_id AND v.series = 'turnover' AND v.period = p.period`,
    );
    if (diff.inserted + diff.changed > 0) {
      await tx.run(`INSERT OR REPLACE INTO index_values (zone_id, series, period, value, generated)
        SELECT p.zone_id, 'turnover', p.period, p.value, false FROM ${p} p
        LEFT JOIN index_values v ON v.zone_id = p.zone_id AND v.series = 'turnover' AND v.period = p.period
        WHERE v.value IS DISTINCT FROM p.value`);
      await audit(tx, {
        userId,
        action: 'import-turnover-index',
        entity: 'index_values',
        entityId: fileName,
        after: diff,
      });
    }
    return diff;
  },
};
