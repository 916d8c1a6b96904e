import { audit } from '../../store/audit';
import { collectErrors, countRows, diffCounts, ident, literal, parseDateSql } from './csvTable';
import type { CsvImporter } from './importer';

type Field = 'premises' | 'status' | 'date';

const VACANT = ['vacant', 'vakant', 'tom', 'tomt', 'ledig', 'empty'];
const OCCUPIED = ['occupied', 'uthyrd', 'uthyrt', 'i bruk', 'upptagen', 'let', 'belagd'];
const words = (list: string[]) => list.map(literal).join(', ');

/**
 * Status changes of premises: "from this date the premises is vacant / let". The premises is
 * named by its id or, as planners' lists usually do, by its street address (which must then
 * be unambiguous). Each premises' history is rebuilt from its change points, so a change that
 * repeats the status already in force, or the same file imported twice, changes nothing.
 */
export const premisesStatusImporter: CsvImporter<Field> = {
  fields: ['premises', 'status', 'date'],
  guesses: {
    premises: /^(premises(_?id)?|lokal(_?id)?|id|adress|address)$/i,
    status: /^(status|tillstånd|läge)$/i,
    date: /^(date|datum|från|from|fr\.?o\.?m\.?|gäller från|valid_from)$/i,
  },

  async parse(tx, table, m) {
    const [premises, status, date] = [ident(m.premises), ident(m.status), ident(m.date)];
    await tx.run(`CREATE TEMP TABLE ${table}_parsed AS
      WITH rows AS (
        SELECT line, trim(${premises}) AS raw_premises, lower(trim(${status})) AS raw_status, trim(${date}) AS raw_date FROM ${table}),
      by_id AS (SELECT r.line, p.id FROM rows r JOIN premises p ON p.id = r.raw_premises),
      by_address AS (SELECT r.line, p.id FROM rows r JOIN premises p ON lower(p.address) = lower(r.raw_premises)
        WHERE r.line NOT IN (SELECT line FROM by_id)),
      matches AS (SELECT line, count(*) AS n, min(id) AS premises_id FROM (SELECT * FROM by_id UNION ALL SELECT * FROM by_address) GROUP BY line)
      SELECT r.line, r.raw_premises, r.raw_status, r.raw_date, coalesce(m.n, 0)::INTEGER AS matches, CASE WHEN m.n = 1 THEN m.premises_id END AS premises_id,
        CASE WHEN r.raw_status IN (${words(VACANT)}) THEN 'vacant' WHEN r.raw_status IN (${words(OCCUPIED)}) THEN 'occupied' END AS status,
        ${parseDateSql('r.raw_date')} AS date
      FROM rows r LEFT JOIN matches m USING (line)`);
    const p = `${table}_parsed`;
    const errors = await collectErrors(tx, [
      `SELECT line, ${literal(m.premises)} AS column_name, 'Lokalen finns inte (unknown premises): ' || coalesce(raw_premises, '') AS message FROM ${p} WHERE matches = 0`,
      `SELECT line, ${literal(m.premises)}, 'Adressen har ' || matches || ' lokaler; ange lokalens id (ambiguous address): ' || raw_premises FROM ${p} WHERE matches > 1`,
      `SELECT line, ${literal(m.status)}, 'Status ska vara vakant eller uthyrd (status must be vacant or occupied): ' || coalesce(raw_status, '') FROM ${p} WHERE status IS NULL`,
      `SELECT line, ${literal(m.date)}, 'Datumet går inte att läsa, skriv ÅÅÅÅ-MM-DD (unreadable date): ' || coalesce(raw_date, '') FROM ${p} WHERE date IS NULL`,
      `SELECT line, ${literal(m.date)}, 'Samma lokal och datum finns redan på rad ' || first_line || ' (duplicate)' FROM (
        SELECT line, min(line) OVER (PARTITION BY premises_id, date) AS first_line FROM ${p} WHERE premises_id IS NOT NULL AND date IS NOT NULL) WHERE line <> first_line`,
    ]);
    return { rows: await countRows(tx, p), errors };
  },

  preview(tx, table) {
    return tx.all(
      `SELECT p.line::INTEGER AS row, coalesce(pr.name || ', ' || pr.address, pr.name, pr.address, p.premises_id) AS premises, p.status, strftime(p.date, '%Y-%m-%d') AS date
       FROM ${table}_parsed p LEFT JOIN premises pr ON pr.id = p.premises_id ORDER BY p.line LIMIT 10`,
    );
  },

  async store(tx, table, userId, fileName) {
    const p = `${table}_parsed`;
    // A row is new, a change or no change against the status in force on its date.
    const diff = await diffCounts(
      tx,
      `SELECT p.status AS incoming, s.status AS stored FROM ${p} p
      LEFT JOIN premises_status s ON s.premises_id = p.premises_id AND s.valid_from <= p.date AND (s.valid_to IS NULL OR s.valid_to > p.date)`,
    );
    // Existing change points keep their provenance; an imported one replaces an existing one on
    // the same date; a point repeating the status before it is no change and is dropped.
    await tx.run(
      `CREATE TEMP TABLE ${table}_history AS
      WITH touched AS (SELECT DISTINCT premises_id FROM ${p}),
      points AS (
        SELECT s.premises_id, s.valid_from, s.status, s.generated, s.recorded_at, s.recorded_by FROM premises_status s JOIN touched USING (premises_id)
        WHERE NOT EXISTS (SELECT 1 FROM ${p} i WHERE i.premises_id = s.premises_id AND i.date = s.valid_from AND i.status <> s.status)
        UNION ALL
        SELECT i.premises_id, i.date, i.status, false, current_timestamp, $user FROM ${p} i
        WHERE NOT EXISTS (SELECT 1 FROM premises_status s WHERE s.premises_id = i.premises_id AND s.valid_from = i.date AND s.status = i.status)),
      changes AS (SELECT *, lag(status) OVER (PARTITION BY premises_id ORDER BY valid_from) AS before FROM points)
      SELECT premises_id, status, valid_from, lead(valid_from) OVER (PARTITION BY premises_id ORDER BY valid_from) AS valid_to, generated, recorded_at, recorded_by
      FROM changes WHERE before IS NULL OR before <> status`,
      { user: userId },
    );
    await tx.run(`CREATE TEMP TABLE ${table}_differs AS SELECT DISTINCT premises_id FROM (
      (SELECT premises_id, status, valid_from, valid_to FROM ${table}_history
       EXCEPT SELECT premises_id, status, valid_from, valid_to FROM premises_status WHERE premises_id IN (SELECT premises_id FROM ${p}))
      UNION ALL
      (SELECT premises_id, status, valid_from, valid_to FROM premises_status WHERE premises_id IN (SELECT premises_id FROM ${p})
       EXCEPT SELECT premises_id, status, valid_from, valid_to FROM ${table}_history))`);
    const differing = await countRows(tx, `${table}_differs`);
    if (differing > 0) {
      await tx.run(`DELETE FROM premises_status WHERE premises_id IN (SELECT premises_id FROM ${table}_differs)`);
      await tx.run(`INSERT INTO premises_status (premises_id, status, valid_from, valid_to, generated, recorded_at, recorded_by)
        SELECT premises_id, status, valid_from, valid_to, generated, recorded_at, recorded_by FROM ${table}_history
        WHERE premises_id IN (SELECT premises_id FROM ${table}_differs)`);
      await audit(tx, {
        userId,
        action: 'import-premises-status',
        entity: 'premises_status',
        entityId: fileName,
        after: { ...diff, premises: differing },
      });
    }
    await tx.run(`DROP TABLE ${table}_history`);
    await tx.run(`DROP TABLE ${table}_differs`);
    return diff;
  },
};
