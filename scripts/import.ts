import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Db } from '../server/store/db';
import { migrate } from '../server/store/schema';
import { loadConfig } from '../server/config';
import { findPlace, listPlaces } from '../server/store/places';
import { importFileIntoPlace } from '../server/ingest/importFile';
import { IngestError } from '../server/ingest/ingestError';

function printRejected(lines: string[]) {
  if (lines.length === 0) return;
  console.log(`  left out ${lines.length}:`);
  for (const line of lines.slice(0, 20)) console.log(`    ${line}`);
  if (lines.length > 20) console.log(`    … and ${lines.length - 20} more`);
}

/**
 * `npm run import -- --place <id> <file>`: imports a file into a place and prints the report.
 * The kind of file is read from its content. Exits 1 when nothing was stored, 2 on bad usage.
 * DuckDB lets one process hold the database file: with the server running, this says so.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { place: { type: 'string' }, 'designation-field': { type: 'string' } },
});
const file = positionals[0];
if (!values.place || !file) {
  console.error('Usage: npm run import -- --place <place-id> <file> [--designation-field <name>]');
  process.exit(2);
}
const config = loadConfig(process.env);
const db = await Db.open(config.dbPath).catch((error: Error) => {
  console.error(
    /lock/i.test(error.message)
      ? `${config.dbPath} is in use by the running Platsatlas server (DuckDB lets one process hold the file). Stop the server, run the import, and start it again.`
      : error.message,
  );
  process.exit(1);
});
let status = 0;
try {
  await migrate(db);
  const place = await findPlace(db, values.place);
  if (!place) {
    const known = (await listPlaces(db)).map((p) => p.id).join(', ');
    throw new IngestError(`Platsen "${values.place}" finns inte. Platser: ${known}.`);
  }
  const bytes = readFileSync(file);
  const report = await importFileIntoPlace(db, place, bytes, {
    userId: 'import',
    designationField: values['designation-field'],
  });
  if (report.kind === 'osm') {
    console.log(`Imported ${file} into ${place.name} (${report.format}):`);
    console.log(`  buildings ${report.buildings}, streets ${report.streets}`);
    console.log(
      `  premises: ${report.premises.new} new, ${report.premises.changed} changed, ${report.premises.unchanged} unchanged`,
    );
    if (report.premises.gone.length) {
      console.log(`  ${report.premises.gone.length} premises are no longer in OpenStreetMap (kept; vacant?):`);
      for (const g of report.premises.gone.slice(0, 20))
        console.log(`    ${g.name ?? g.id}${g.address ? `, ${g.address}` : ''}`);
    }
    printRejected(report.rejected.map((r) => `${r.osmId}: ${r.reason}`));
  } else if (report.kind === 'owners') {
    console.log(`Imported ${file} into ${place.name} (owners, designation from "${report.designationColumn}"):`);
    console.log(
      `  owners of ${report.parcels} parcels: ${report.owners.new} new, ${report.owners.known} known (${report.owners.privatePersons} private persons)`,
    );
    printRejected(report.rejected.map((r) => `row ${r.row}${r.designation ? ` (${r.designation})` : ''}: ${r.reason}`));
  } else {
    console.log(
      `Imported ${file} into ${place.name} (${report.format}, EPSG:${report.epsg}, designation from "${report.designationField}"):`,
    );
    console.log(`  parcels: ${report.stored.new} new, ${report.stored.changed} replaced`);
    printRejected(
      report.rejected.map((r) => `feature ${r.feature}${r.designation ? ` (${r.designation})` : ''}: ${r.reason}`),
    );
  }
} catch (error) {
  console.error(error instanceof IngestError ? `Nothing was imported: ${error.message}` : error);
  status = 1;
} finally {
  db.close();
}
process.exit(status);
