import { join } from 'node:path';
import { loadConfig } from '../../server/config';
import { startServer } from '../../server/server';

/**
 * The real server for a benchmark, on a port of its own over a new database file in `dir`, with
 * no backups: the first is written a minute after start, and a backup in the middle of a
 * measurement is what the measurement would show.
 */
export function startBenchServer(dir: string, file = 'bench.duckdb') {
  return startServer({ ...loadConfig({}), port: 0, dbPath: join(dir, file), backupDir: null }, () => {});
}
