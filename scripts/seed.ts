import { resolve } from 'node:path';
import { Db } from '../server/store/db';
import { migrate } from '../server/store/schema';
import { seed, isSeeded } from '../server/ingest/seed';
import { loadConfig } from '../server/config';

/** `npm run seed`: create (or fill) the DuckDB file from data/seed-recipe.json. */
const config = loadConfig(process.env);
const recipePath = resolve(process.argv[2] ?? config.recipePath);
const db = await Db.open(config.dbPath, { threads: config.duckdbThreads });
await migrate(db);
if (await isSeeded(db)) {
  console.log(`${config.dbPath} is already seeded; delete it to seed anew.`);
} else {
  const started = performance.now();
  await seed(db, { recipePath, log: (m) => console.log(`  ${m}`) });
  console.log(`Seeded ${config.dbPath} in ${Math.round(performance.now() - started)} ms`);
}
db.close();
