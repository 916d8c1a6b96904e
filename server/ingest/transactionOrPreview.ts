import type { Db, Tx } from '../store/db';

class Preview<T> extends Error {
  constructor(readonly result: T) {
    super('preview: rolled back');
  }
}

/**
 * The import's one transaction, or, as a preview, the same work rolled back at its end: the
 * report a planner sees before storing is the report the real import gives, not a guess.
 */
export async function transactionOrPreview<T>(db: Db, preview: boolean, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      const result = await work(tx);
      if (preview) throw new Preview(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Preview) return error.result as T;
    throw error;
  }
}
