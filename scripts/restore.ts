import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Db } from '../server/store/db';
import { loadConfig } from '../server/config';

/**
 * `npm run restore -- <backup.duckdb> [--to <file>]`: checks that the backup opens and holds
 * Platsatlas data, then puts it in place of the database (or at `--to`, e.g. to look at
 * yesterday's data beside today's). The file it replaces is kept beside it, renamed
 * `….before-restore-<time>`. Run it with the server stopped.
 */
const { values, positionals } = parseArgs({ allowPositionals: true, options: { to: { type: 'string' } } });
const backup = positionals[0];
if (!backup || !existsSync(backup)) {
  console.error('Usage: npm run restore -- <backup.duckdb> [--to <file>]');
  process.exit(2);
}
const target = values.to ?? loadConfig(process.env).dbPath;

async function rowsIn(path: string) {
  const db = await Db.open(path);
  try {
    const count = async (table: string) =>
      (await db.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`))!.n;
    return { places: await count('places'), districts: await count('districts'), parcels: await count('parcels') };
  } finally {
    db.close();
  }
}

let rows;
try {
  rows = await rowsIn(backup);
} catch (error) {
  console.error(`${backup} is not a Platsatlas backup that opens: ${(error as Error).message.split('\n')[0]}`);
  process.exit(1);
}
if (existsSync(target)) {
  const kept = `${target}.before-restore-${new Date().toISOString().replaceAll(':', '')}`;
  try {
    // Opening it first tells whether the server holds it.
    (await Db.open(target)).close();
  } catch (error) {
    console.error(
      /lock/i.test((error as Error).message)
        ? `${target} is in use by the running server: stop it, restore, start it again.`
        : `${target} does not open (${(error as Error).message.split('\n')[0]}); it is kept as ${kept}.`,
    );
    if (/lock/i.test((error as Error).message)) process.exit(1);
  }
  renameSync(target, kept);
  for (const beside of ['.wal', '.commits']) {
    if (existsSync(`${target}${beside}`)) renameSync(`${target}${beside}`, `${kept}${beside}`);
  }
  console.log(`The database it replaces is kept as ${kept}.`);
}
copyFileSync(backup, target);
console.log(
  `Restored ${backup} to ${target}: ${rows.places} places, ${rows.districts} districts, ${rows.parcels} parcels.`,
);
