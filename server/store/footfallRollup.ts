import { listValue } from '@duckdb/node-api';
import type { Tx } from './db';

/**
 * Recomputes the daily rollup for the counters given (all when none), from their hourly counts.
 * Runs inside the writer's transaction, so the rollup never disagrees with the counts.
 */
export async function refreshDailyFootfall(tx: Tx, counterIds?: string[]): Promise<void> {
  const only = counterIds ? 'WHERE list_contains($ids, counter_id)' : '';
  const params = counterIds ? { ids: listValue(counterIds) } : undefined;
  await tx.run(`DELETE FROM footfall_daily ${only}`, params);
  await tx.run(
    `INSERT INTO footfall_daily
     SELECT counter_id, timezone('Europe/Stockholm', ts)::DATE AS day, sum(count), count(*)::INTEGER
     FROM footfall_counts ${only} GROUP BY ALL ORDER BY counter_id, day`, params);
}
