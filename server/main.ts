import { loadConfig } from './config';
import { startServer } from './server';
import { LostCommits } from './store/commitLedger';
import { ForeignDatabase } from './store/schema';

/** After this long a stop signal ends the process even if a request is still running. */
const SHUTDOWN_LIMIT_MS = 10_000;

/** Why the database file cannot be opened, in one line an administrator can act on. */
function openProblem(dbPath: string, error: Error): string | null {
  if (error instanceof ForeignDatabase)
    return `${dbPath} is a DuckDB database of another application (${error.tables.slice(0, 3).join(', ')} …), not Platsatlas's; nothing was written to it. Set PLATSATLAS_DB to a new or a Platsatlas file.`;
  if (error instanceof LostCommits)
    return `${dbPath}: the write-ahead log (${dbPath}.wal) is cut short and would lose ${error.acknowledged - error.replayable} acknowledged writes. Nothing was changed. Restore a backup (npm run restore -- <backup.duckdb>), or start with PLATSATLAS_ACCEPT_WAL_LOSS=1 to keep what the log holds.`;
  const first = error.message.split('\n')[0];
  if (/lock/i.test(error.message))
    return `${dbPath} is in use by another process (another Platsatlas server?). Stop it first, or set PLATSATLAS_DB to another file.`;
  if (/not a valid DuckDB|Corrupt|checksum|IO Error|Serialization Error|WAL/i.test(error.message))
    return `${dbPath} does not open as a Platsatlas database (${first}). Restore a backup: npm run restore -- <backup.duckdb>.`;
  return null;
}

const config = loadConfig(process.env);
const server = await startServer(config).catch((error: Error) => {
  const problem = openProblem(config.dbPath, error);
  if (!problem) throw error;
  console.error(problem);
  process.exit(1);
});
console.log(`Platsatlas is running: ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`${signal}: finishing the requests in progress (at most ${SHUTDOWN_LIMIT_MS / 1000} s) …`);
    setTimeout(() => process.exit(1), SHUTDOWN_LIMIT_MS).unref();
    void server.close().then(() => process.exit(0));
  });
}
