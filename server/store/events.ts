import { randomUUID } from 'node:crypto';
import type { Db } from './db';
import { audit } from './audit';

export interface EventRow {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  generated: boolean;
}

const COLUMNS = `id, title, strftime(starts_on, '%Y-%m-%d') AS "startsOn", strftime(ends_on, '%Y-%m-%d') AS "endsOn", generated`;

/** A place's events that overlap the period [from, to): its own and those of every place. */
export function eventsBetween(db: Db, placeId: string, from: string, to: string) {
  return db.all<EventRow>(
    `SELECT ${COLUMNS} FROM events
     WHERE starts_on < $to::DATE AND ends_on >= $from::DATE AND (place_id IS NULL OR place_id = $placeId)
     ORDER BY starts_on, title`,
    { from, to, placeId },
  );
}

export async function createEvent(
  db: Db,
  input: { title: string; startsOn: string; endsOn: string; placeId: string },
  userId: string,
): Promise<EventRow> {
  const id = `event-${randomUUID()}`;
  return db.transaction(async (tx) => {
    await tx.run(
      `INSERT INTO events (id, title, starts_on, ends_on, generated, created_by, place_id)
       VALUES ($id, $title, $startsOn::DATE, $endsOn::DATE, false, $user, $placeId)`,
      { id, ...input, user: userId },
    );
    await audit(tx, { userId, action: 'create', entity: 'event', entityId: id, after: input });
    return (await tx.one<EventRow>(`SELECT ${COLUMNS} FROM events WHERE id = $id`, { id }))!;
  });
}

export async function deleteEvent(db: Db, id: string, userId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await tx.one<EventRow>(`SELECT ${COLUMNS} FROM events WHERE id = $id`, { id });
    if (!before) return false;
    await tx.run('DELETE FROM events WHERE id = $id', { id });
    await audit(tx, { userId, action: 'delete', entity: 'event', entityId: id, before });
    return true;
  });
}
