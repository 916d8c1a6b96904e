import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface Config {
  port: number;
  dbPath: string;
  recipePath: string;
  /** Optional online MapLibre style URL; without it the offline base map is used. */
  basemapStyleUrl: string | null;
  /** DuckDB threads per query (see Db.open). */
  duckdbThreads: number;
  /** DuckDB's memory limit, e.g. `2GB`. */
  duckdbMemory: string;
  webRoot: string;
  /** Set when a TLS-terminating proxy is in front: its X-Forwarded-Proto decides Secure cookies. */
  trustProxy: boolean;
  /** Where the nightly backups go (null: none), and how many days they are kept. */
  backupDir: string | null;
  backupDays: number;
  /** Start even when the write-ahead log lost acknowledged commits (after reading the warning). */
  acceptWalLoss: boolean;
}

/** Configuration from environment variables, with defaults that run the demo. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const dbPath = env.PLATSATLAS_DB ?? resolve(root, 'data/platsatlas.duckdb');
  const backups = env.PLATSATLAS_BACKUP_DIR?.trim();
  return {
    port: Number(env.PORT ?? 8787),
    dbPath,
    recipePath: env.PLATSATLAS_RECIPE ?? resolve(root, 'data/seed-recipe.json'),
    basemapStyleUrl: env.PLATSATLAS_BASEMAP_STYLE?.trim() || null,
    duckdbThreads: Number(env.PLATSATLAS_DUCKDB_THREADS ?? 1) || 1,
    duckdbMemory: env.PLATSATLAS_DUCKDB_MEMORY?.trim() || '2GB',
    webRoot: resolve(root, 'dist/web'),
    trustProxy: env.PLATSATLAS_TRUST_PROXY === '1' || env.PLATSATLAS_TRUST_PROXY === 'true',
    backupDir: backups === 'off' ? null : resolve(backups || resolve(dirname(dbPath), 'backups')),
    backupDays: Number(env.PLATSATLAS_BACKUP_DAYS ?? 14) || 14,
    acceptWalLoss: env.PLATSATLAS_ACCEPT_WAL_LOSS === '1',
  };
}
