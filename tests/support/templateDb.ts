import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { Db } from '../../server/store/db';
import { migrate } from '../../server/store/schema';
import { seed } from '../../server/ingest/seed';
import { DEMO_RECIPE } from './demoRecipe';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A DuckDB file seeded once with the demo recipe; test files copy it instead of seeding their own. */
    templateDb: string;
  }
}

/** vitest globalSetup: seeds the demo database once per test project. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'platsatlas-template-'));
  const path = join(dir, 'template.duckdb');
  const db = await Db.open(path);
  await migrate(db);
  await seed(db, { recipePath: DEMO_RECIPE });
  db.close();
  project.provide('templateDb', path);
  return () => rmSync(dir, { recursive: true, force: true });
}
