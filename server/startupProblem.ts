import { LostCommits } from './store/commitLedger';
import { ForeignDatabase } from './store/schema';

/** Why the database file cannot be opened, in one line an administrator can act on. */
export function startupProblem(dbPath: string, error: Error): string | null {
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
