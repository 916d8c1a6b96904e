import type { Db } from './db';
import { readStakeholder } from './stakeholders';
import { audit } from './audit';

/** What stands in for an erased person wherever a record of them must stay (the audit trail). */
export const ERASED = '[raderad person]';

/**
 * Everything stored about one stakeholder (a *registerutdrag*, GDPR art. 15): the register
 * entry, parcels owned, premises rented, the contact log, invitations, an account, and every
 * audit entry about them. Undefined when there is no such stakeholder.
 */
export async function registerExtract(db: Db, id: string) {
  const person = await readStakeholder(db, id);
  if (!person) return undefined;
  const [parcels, premises, contacts, invites, accounts, trail] = await Promise.all([
    db.all(
      `SELECT p.designation, o.share FROM parcel_owners o JOIN parcels p ON p.id = o.parcel_id WHERE o.stakeholder_id = $id ORDER BY p.designation`,
      { id },
    ),
    db.all(
      `SELECT pr.address, pr.kind, strftime(t.since, '%Y-%m-%d') AS since FROM premises_tenants t JOIN premises pr ON pr.id = t.premises_id WHERE t.stakeholder_id = $id`,
      { id },
    ),
    db.all(
      `SELECT strftime(contacted_on, '%Y-%m-%d') AS date, channel, note FROM contact_log WHERE stakeholder_id = $id ORDER BY contacted_on`,
      { id },
    ),
    db.all(`SELECT email, name, strftime(created_at, '%Y-%m-%d') AS sent FROM invites WHERE stakeholder_id = $id`, {
      id,
    }),
    db.all(
      `SELECT email, name, role, strftime(created_at, '%Y-%m-%d') AS created FROM users WHERE stakeholder_id = $id`,
      { id },
    ),
    db.all(
      `SELECT strftime(occurred_at, '%Y-%m-%dT%H:%M:%SZ') AS at, action, entity, before::VARCHAR AS before, after::VARCHAR AS after
       FROM audit_log WHERE entity_id = $id OR contains(coalesce(before::VARCHAR, '') || coalesce(after::VARCHAR, ''), $id)
       ORDER BY occurred_at`,
      { id },
    ),
  ]);
  return {
    madeAt: new Date().toISOString(),
    person,
    parcels,
    premises,
    contacts,
    invites,
    accounts,
    auditTrail: trail,
  };
}

/**
 * Erases a stakeholder (GDPR art. 17), all or nothing: their register entry, ownerships,
 * tenancies, contact log, invitations and account go; the action plan keeps its money but not
 * their name; the audit trail keeps every entry (who changed what, when) with their name,
 * e-mail and phone replaced by a tombstone, and records the erasure itself.
 */
export async function eraseStakeholder(db: Db, id: string, userId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const person = await readStakeholder(tx, id);
    if (!person) return false;
    const personal = [person.name, person.email, person.phone].filter((v): v is string =>
      Boolean(v && v.trim().length > 2),
    );
    await tx.run('DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE stakeholder_id = $id)', { id });
    for (const table of ['parcel_owners', 'premises_tenants', 'contact_log', 'invites', 'users'])
      await tx.run(`DELETE FROM ${table} WHERE stakeholder_id = $id`, { id });
    await tx.run(`UPDATE action_financing SET party = $erased, stakeholder_id = NULL WHERE stakeholder_id = $id`, {
      id,
      erased: ERASED,
    });
    await tx.run('UPDATE actions SET responsible_stakeholder_id = NULL WHERE responsible_stakeholder_id = $id', { id });
    await tx.run('DELETE FROM stakeholders WHERE id = $id', { id });
    // Entries about the person keep who did what and when; what they recorded (old details
    // included) goes. Entries about other things lose the person's current details.
    await tx.run(
      `UPDATE audit_log SET before = CASE WHEN before IS NULL THEN NULL ELSE $tombstone::JSON END,
         after = CASE WHEN after IS NULL THEN NULL ELSE $tombstone::JSON END WHERE entity_id = $id`,
      { id, tombstone: JSON.stringify({ person: ERASED }) },
    );
    for (const value of personal) {
      await tx.run(
        `UPDATE audit_log SET before = replace(before::VARCHAR, $value, $erased)::JSON,
           after = replace(after::VARCHAR, $value, $erased)::JSON
         WHERE contains(coalesce(before::VARCHAR, '') || coalesce(after::VARCHAR, ''), $value)`,
        { value, erased: ERASED },
      );
    }
    await audit(tx, { userId, action: 'erase', entity: 'stakeholder', entityId: id, after: { erased: true } });
    return true;
  });
}
