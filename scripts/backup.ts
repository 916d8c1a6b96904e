import { Db } from '../server/store/db';
import { loadConfig } from '../server/config';
import { makeBackup, pruneBackups } from '../server/backup/backups';

/**
 * `npm run backup [-- <dir>]`: a consistent copy of the database into the backup folder (or
 * `<dir>`), then backups older than PLATSATLAS_BACKUP_DAYS go. With the server running DuckDB
 * keeps the file to it: the server makes one every night, and a planner can ask it for one
 * (POST /api/backups).
 */
const config = loadConfig(process.env);
const dir = process.argv[2] ?? config.backupDir;
if (!dir) {
  console.error('Backups are off (PLATSATLAS_BACKUP_DIR=off): give a folder, npm run backup -- <dir>.');
  process.exit(2);
}
const db = await Db.open(config.dbPath).catch((error: Error) => {
  console.error(
    /lock/i.test(error.message)
      ? `${config.dbPath} is in use by the running server. It writes a backup every night into ${config.backupDir ?? '(off)'}; a planner can ask for one now with POST /api/backups.`
      : error.message,
  );
  process.exit(1);
});
try {
  const started = performance.now();
  const file = await makeBackup(db, dir);
  const pruned = pruneBackups(dir, config.backupDays);
  console.log(
    `Backup written: ${file} in ${Math.round(performance.now() - started)} ms${pruned.length ? `; removed ${pruned.length} older than ${config.backupDays} days` : ''}.`,
  );
} finally {
  db.close();
}
