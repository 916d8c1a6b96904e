import type { Db } from '../store/db';

/**
 * A cache of answers worked out once per change of the data (the database's write count) and
 * key. The promise is kept, so readers arriving together share one lookup; a failed one is
 * forgotten. On the day a project opens every reader of the public page would otherwise read
 * the same rows again.
 */
export function perDataVersion<T>(maxKept = 500) {
  const kept = new WeakMap<Db, { version: number; answers: Map<string, Promise<T>> }>();
  return (db: Db, key: string, make: () => Promise<T>): Promise<T> => {
    let cache = kept.get(db);
    if (!cache || cache.version !== db.writeCount)
      kept.set(db, (cache = { version: db.writeCount, answers: new Map() }));
    const answers = cache.answers;
    let answer = answers.get(key);
    if (!answer) {
      if (answers.size >= maxKept) answers.delete(answers.keys().next().value!);
      answer = make();
      answers.set(key, answer);
      answer.catch(() => answers.delete(key));
    }
    return answer;
  };
}
