import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface Config {
  port: number;
  dbPath: string;
  recipePath: string;
  /** Optional online MapLibre style URL; without it the offline base map is used. */
  basemapStyleUrl: string | null;
  /** DuckDB threads per query (see Db.open). */
  duckdbThreads: number;
  webRoot: string;
  /** Set when a TLS-terminating proxy is in front: its X-Forwarded-Proto decides Secure cookies. */
  trustProxy: boolean;
}

/** Configuration from environment variables, with defaults that run the demo. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  return {
    port: Number(env.PORT ?? 8787),
    dbPath: env.PLATSATLAS_DB ?? resolve(root, 'data/platsatlas.duckdb'),
    recipePath: env.PLATSATLAS_RECIPE ?? resolve(root, 'data/seed-recipe.json'),
    basemapStyleUrl: env.PLATSATLAS_BASEMAP_STYLE?.trim() || null,
    duckdbThreads: Number(env.PLATSATLAS_DUCKDB_THREADS ?? 1) || 1,
    webRoot: resolve(root, 'dist/web'),
    trustProxy: env.PLATSATLAS_TRUST_PROXY === '1' || env.PLATSATLAS_TRUST_PROXY === 'true',
  };
}
