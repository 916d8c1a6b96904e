import type { Db } from './db';

/**
 * A number that changes with every committed write (the commit count): what lets a derived
 * product, such as a printed report, be kept until the data under it changes.
 */
export async function dataVersion(db: Db): Promise<number> {
  return Number((await db.one<{ n: bigint }>('SELECT n FROM commit_count'))?.n ?? 0);
}
