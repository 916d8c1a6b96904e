import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Db } from '../server/store/db';
import { loadConfig } from '../server/config';
import { listPlaces } from '../server/store/places';
import { publicSiteFiles } from '../server/services/publicExport';

/**
 * `npm run export-public -- --place <id> <dir>`: writes the public map of a place as static
 * files (index.html, one .pmtiles archive, JSON) that any static server, object store or CDN
 * serves. Exits 1 when nothing was written, 2 on bad usage. Like `import`, it needs the database
 * file to itself: with the server running, a planner downloads the same export as a zip instead.
 */
const { values, positionals } = parseArgs({ allowPositionals: true, options: { place: { type: 'string' } } });
const dir = positionals[0];
if (!values.place || !dir) {
  console.error('Usage: npm run export-public -- --place <place-id> <dir>');
  process.exit(2);
}
const config = loadConfig(process.env);
const db = await Db.open(config.dbPath).catch((error: Error) => {
  console.error(
    /lock/i.test(error.message)
      ? `${config.dbPath} is in use by the running Platsatlas server. Stop it, or download the export from the map (Platsens data → Exportera den publika kartan).`
      : error.message,
  );
  process.exit(1);
});
try {
  const started = performance.now();
  const files = await publicSiteFiles(db, values.place, config.webRoot);
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.bytes);
  }
  const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
  const archive = files.find((f) => f.path.endsWith('.pmtiles'))!;
  console.log(
    `Wrote the public map of ${values.place} to ${resolve(dir)}: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB ` +
      `(${archive.path} ${(archive.bytes.length / 1e6).toFixed(2)} MB) in ${Math.round(performance.now() - started)} ms.`,
  );
  console.log('Serve the folder with any static file server; it needs nothing from Platsatlas.');
} catch (error) {
  // The export refuses in words (an unknown place, no web build): say them; anything else is a bug.
  if (!(error instanceof Error && 'status' in error)) throw error;
  const places = (await listPlaces(db)).map((p) => p.id).join(', ');
  console.error(`${error.message}${error.status === 404 ? ` Places: ${places}` : ''}`);
  process.exitCode = 1;
} finally {
  db.close();
}
