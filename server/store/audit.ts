import { randomUUID } from 'node:crypto';
import type { Tx } from './db';

/** Records a write inside its own transaction: it is logged exactly when it happens. */
export async function audit(
  tx: Tx,
  entry: { userId: string; action: string; entity: string; entityId: string; before?: unknown; after?: unknown },
) {
  await tx.run(
    'INSERT INTO audit_log (id, user_id, action, entity, entity_id, before, after) VALUES ($id, $user, $action, $entity, $entityId, $before, $after)',
    {
      id: randomUUID(),
      user: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  );
}
