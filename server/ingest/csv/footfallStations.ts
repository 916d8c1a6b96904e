import { DuckDBBlobValue } from '@duckdb/node-api';
import type { Tx } from '../../store/db';
import { geometryToWkb } from '../../geo/wkb';
import { audit } from '../../store/audit';
import { insertRows } from '../../store/tables';
import { swerefToWgs84 } from '../../domain/sweref';
import { stockholmToday } from '../../domain/stockholmTime';
import { countRows, ident, parseDecimalSql, type ImportDiff, type RowError } from './csvTable';
import type { CsvImporter } from './importer';

type Field = 'station' | 'name' | 'lat' | 'lon';

/** Where a counter may stand: Sweden's extent, with a margin. */
const SWEDEN = { minLon: 10.5, maxLon: 24.5, minLat: 55.0, maxLat: 69.5 };
const IMPORT_SOURCE = {
  id: 'counter-vendor-import',
  title: 'Besöksräknare från leverantörens stationsfil',
  licence: 'enligt avtal med leverantören',
};

interface Station {
  line: number;
  id: string;
  name: string;
  lon: number;
  lat: number;
}

/**
 * A counter vendor's stations file: each station's id, name and position, in WGS 84 (lat/lon)
 * or SWEREF 99 TM (N/E, told apart by size). New stations become counters, known ones are
 * moved or renamed; then the vendor's counts file, keyed by the same ids, goes in as it is.
 */
export const footfallStationsImporter: CsvImporter<Field> = {
  fields: ['station', 'name', 'lat', 'lon'],
  optional: ['name'],
  guesses: {
    station: [/^(station(_?id)?|m[äa]tstation|counter(_?id)?|r[äa]knare(_?id)?|sensor(_?id)?)$/i, /^id$/i],
    name: /^(name|namn|station_?name|stationsnamn|plats|location|beskrivning|description)$/i,
    lat: /^(lat(itude)?|n|northing|nord|y)$/i,
    lon: /^(lon|lng|long(itude)?|e|easting|öst|ost|x)$/i,
  },

  async parse(tx, table, m) {
    const raw = await tx.all<{
      line: number;
      id: string | null;
      name: string | null;
      a: number | null;
      b: number | null;
    }>(
      `SELECT line::INTEGER AS line, trim(${ident(m.station)}) AS id, ${m.name ? `trim(${ident(m.name)})` : 'NULL'} AS name,
        ${parseDecimalSql(ident(m.lat))} AS a, ${parseDecimalSql(ident(m.lon))} AS b
       FROM ${table} ORDER BY line`,
    );
    const errors: RowError[] = [];
    const stations: Station[] = [];
    const seen = new Map<string, number>();
    for (const r of raw) {
      if (!r.id) {
        errors.push({ row: r.line, column: m.station, message: 'Stationens id saknas (no station id)' });
        continue;
      }
      if (seen.has(r.id)) {
        errors.push({
          row: r.line,
          column: m.station,
          message: `Stationen ${r.id} finns redan på rad ${seen.get(r.id)} (duplicate)`,
        });
        continue;
      }
      seen.set(r.id, r.line);
      if (r.a === null || r.b === null) {
        errors.push({
          row: r.line,
          column: m.lat,
          message: 'Koordinaterna går inte att läsa (unreadable coordinates)',
        });
        continue;
      }
      // Metres (SWEREF 99 TM northing, easting) or degrees (latitude, longitude).
      const [lon, lat] = r.a > 1000 ? swerefToWgs84([r.b, r.a]) : [r.b, r.a];
      if (lon < SWEDEN.minLon || lon > SWEDEN.maxLon || lat < SWEDEN.minLat || lat > SWEDEN.maxLat) {
        errors.push({
          row: r.line,
          column: m.lat,
          message: `Positionen ${r.a}, ${r.b} ligger inte i Sverige (lat/lon i WGS 84 eller N/E i SWEREF 99 TM)`,
        });
        continue;
      }
      stations.push({ line: r.line, id: r.id, name: r.name || r.id, lon: round6(lon), lat: round6(lat) });
    }
    await tx.run(`CREATE TEMP TABLE ${table}_parsed (line INTEGER, id VARCHAR, name VARCHAR, lon DOUBLE, lat DOUBLE)`);
    for (const s of stations)
      await tx.run(`INSERT INTO ${table}_parsed VALUES ($line, $id, $name, $lon, $lat)`, { ...s });
    return { rows: await countRows(tx, `${table}_parsed`), errors };
  },

  preview(tx, table) {
    return tx.all(
      `SELECT p.line AS row, p.id AS station, p.name, p.lat, p.lon,
         CASE WHEN c.id IS NULL THEN 'ny' ELSE 'känd' END AS status
       FROM ${table}_parsed p LEFT JOIN footfall_counters c ON c.id = p.id ORDER BY p.line LIMIT 10`,
    );
  },

  async store(tx: Tx, table: string, userId: string, fileName: string): Promise<ImportDiff> {
    const p = `${table}_parsed`;
    const diff = (await tx.one<ImportDiff>(`
      SELECT count(*) FILTER (WHERE c.id IS NULL)::INTEGER AS inserted,
             count(*) FILTER (WHERE c.id IS NOT NULL AND (c.name <> p.name OR c.lon <> p.lon OR c.lat <> p.lat))::INTEGER AS changed,
             count(*) FILTER (WHERE c.name = p.name AND c.lon = p.lon AND c.lat = p.lat)::INTEGER AS unchanged
      FROM ${p} p LEFT JOIN footfall_counters c ON c.id = p.id`))!;
    if (diff.inserted + diff.changed === 0) return diff;
    if (!(await tx.one('SELECT 1 FROM sources WHERE id = $id', { id: IMPORT_SOURCE.id })))
      await insertRows(tx, 'sources', [{ ...IMPORT_SOURCE, attribution: null, generated: false }]);
    const stations = await tx.all<Station & { known: boolean }>(
      `SELECT p.*, c.id IS NOT NULL AS known FROM ${p} p LEFT JOIN footfall_counters c ON c.id = p.id ORDER BY p.line`,
    );
    for (const s of stations.filter((s) => s.known))
      await tx.run(
        `UPDATE footfall_counters SET name = $name, lon = $lon, lat = $lat, geom = ST_GeomFromWKB($wkb) WHERE id = $id`,
        {
          id: s.id,
          name: s.name,
          lon: s.lon,
          lat: s.lat,
          wkb: new DuckDBBlobValue(geometryToWkb({ type: 'Point', coordinates: [s.lon, s.lat] })),
        },
      );
    await insertRows(
      tx,
      'footfall_counters',
      stations
        .filter((s) => !s.known)
        .map((s) => ({
          id: s.id,
          name: s.name,
          lon: s.lon,
          lat: s.lat,
          geom: { type: 'Point' as const, coordinates: [s.lon, s.lat] },
          installed_on: stockholmToday(),
          source_id: IMPORT_SOURCE.id,
          generated: false,
        })),
    );
    await audit(tx, {
      userId,
      action: 'import-stations',
      entity: 'footfall_counters',
      entityId: fileName,
      after: diff,
    });
    return diff;
  },
};

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
