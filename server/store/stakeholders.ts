import { randomUUID } from 'node:crypto';
import type { Db } from './db';
import { audit } from './audit';
import { expectVersion, versionColumn } from './editVersions';

export interface StakeholderInput {
  kind: string;
  name: string;
  orgNumber: string | null;
  isPrivatePerson: boolean;
  email: string | null;
  phone: string | null;
  engagementStep: string;
}

export interface StakeholderRow {
  id: string;
  kind: string;
  name: string;
  orgNumber: string | null;
  isPrivatePerson: boolean;
  email: string | null;
  phone: string | null;
  engagementStep: string;
  generated: boolean;
  updatedAt: string;
  updatedBy: string;
  version: number;
}

const COLUMNS = `s.id, s.kind, s.name, s.org_number AS "orgNumber", s.is_private_person AS "isPrivatePerson", s.email, s.phone,
  s.engagement_step AS "engagementStep", s.generated, strftime(s.updated_at, '%Y-%m-%dT%H:%M:%SZ') AS "updatedAt", s.updated_by AS "updatedBy",
  ${versionColumn('stakeholder', 's.id')}`;

export async function listStakeholders(db: Db, filter: { q?: string; kind?: string; limit: number }) {
  return db.all<StakeholderRow>(
    `SELECT ${COLUMNS} FROM stakeholders s
     WHERE ($q IS NULL OR s.name ILIKE '%' || $q || '%' OR s.org_number = $q) AND ($kind IS NULL OR s.kind = $kind)
     ORDER BY s.name LIMIT ${filter.limit}`,
    { q: filter.q ?? null, kind: filter.kind ?? null },
  );
}

/** One register entry as stored, or undefined. */
export async function readStakeholder(db: Pick<Db, 'one'>, id: string) {
  return db.one<StakeholderRow>(`SELECT ${COLUMNS} FROM stakeholders s WHERE s.id = $id`, { id });
}

/** A stakeholder with its parcels (as owner), premises (as tenant) and contact log. */
export async function stakeholderDetail(db: Db, id: string) {
  const stakeholder = await readStakeholder(db, id);
  if (!stakeholder) return undefined;
  const parcels = await db.all<{ id: string; designation: string; share: number }>(
    `SELECT p.id, p.designation, o.share FROM parcel_owners o JOIN parcels p ON p.id = o.parcel_id WHERE o.stakeholder_id = $id ORDER BY p.designation`,
    { id },
  );
  const premises = await db.all<{ id: string; name: string | null; kind: string; since: string | null }>(
    `SELECT pr.id, pr.name, pr.kind, strftime(t.since, '%Y-%m-%d') AS since FROM premises_tenants t JOIN premises pr ON pr.id = t.premises_id
     WHERE t.stakeholder_id = $id ORDER BY pr.name`,
    { id },
  );
  const contacts = await db.all<{
    id: string;
    date: string;
    channel: string;
    note: string;
    createdBy: string;
    createdAt: string;
  }>(
    `SELECT c.id, strftime(c.contacted_on, '%Y-%m-%d') AS date, c.channel, c.note, coalesce(u.name, c.created_by) AS "createdBy",
            strftime(c.created_at, '%Y-%m-%dT%H:%M:%SZ') AS "createdAt"
     FROM contact_log c LEFT JOIN users u ON u.id = c.created_by WHERE c.stakeholder_id = $id ORDER BY c.contacted_on DESC, c.created_at DESC`,
    { id },
  );
  return { ...stakeholder, parcels, premises, contacts };
}

export async function createStakeholder(db: Db, input: StakeholderInput, userId: string) {
  const id = `sh-${randomUUID()}`;
  return db.transaction(async (tx) => {
    await tx.run(
      `INSERT INTO stakeholders (id, kind, name, org_number, is_private_person, email, phone, engagement_step, generated, updated_by)
       VALUES ($id, $kind, $name, $org, $private, $email, $phone, $step, false, $user)`,
      {
        id,
        kind: input.kind,
        name: input.name,
        org: input.orgNumber,
        private: input.isPrivatePerson,
        email: input.email,
        phone: input.phone,
        step: input.engagementStep,
        user: userId,
      },
    );
    const after = await readStakeholder(tx, id);
    await audit(tx, { userId, action: 'create', entity: 'stakeholder', entityId: id, after });
    return (await readStakeholder(tx, id))!;
  });
}

const FIELD_COLUMNS: Record<keyof StakeholderInput, string> = {
  kind: 'kind',
  name: 'name',
  orgNumber: 'org_number',
  isPrivatePerson: 'is_private_person',
  email: 'email',
  phone: 'phone',
  engagementStep: 'engagement_step',
};

export async function updateStakeholder(
  db: Db,
  id: string,
  changes: Partial<StakeholderInput>,
  userId: string,
  basedOn?: number,
) {
  return db.transaction(async (tx) => {
    const before = await readStakeholder(tx, id);
    if (!before) return undefined;
    await expectVersion(tx, 'stakeholder', id, basedOn);
    const entries = Object.entries(changes).filter(([, v]) => v !== undefined) as [keyof StakeholderInput, unknown][];
    const sets = entries.map(([key]) => `${FIELD_COLUMNS[key]} = $${key}`);
    await tx.run(
      `UPDATE stakeholders SET ${[...sets, 'updated_at = current_timestamp', 'updated_by = $user'].join(', ')} WHERE id = $id`,
      { ...(Object.fromEntries(entries) as Record<string, string | boolean | null>), id, user: userId },
    );
    const after = await readStakeholder(tx, id);
    await audit(tx, { userId, action: 'update', entity: 'stakeholder', entityId: id, before, after });
    return readStakeholder(tx, id);
  });
}

export async function deleteStakeholder(db: Db, id: string, userId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await readStakeholder(tx, id);
    if (!before) return false;
    for (const table of ['parcel_owners', 'premises_tenants', 'contact_log']) {
      await tx.run(`DELETE FROM ${table} WHERE stakeholder_id = $id`, { id });
    }
    await tx.run('DELETE FROM stakeholders WHERE id = $id', { id });
    await audit(tx, { userId, action: 'delete', entity: 'stakeholder', entityId: id, before });
    return true;
  });
}

/** Sets a stakeholder's share of a parcel; the parcel's owner shares may not add up to more than 100 %. */
export async function setOwnership(
  db: Db,
  stakeholderId: string,
  parcelId: string,
  share: number,
  userId: string,
): Promise<{ ok: true } | { tooMuch: number }> {
  return db.transaction(async (tx) => {
    const others = await tx.one<{ total: number }>(
      'SELECT coalesce(sum(share), 0)::DOUBLE AS total FROM parcel_owners WHERE parcel_id = $parcel AND stakeholder_id <> $sh',
      { parcel: parcelId, sh: stakeholderId },
    );
    if (others!.total + share > 1 + 1e-9) return { tooMuch: others!.total };
    const before = await tx.one('SELECT share FROM parcel_owners WHERE parcel_id = $parcel AND stakeholder_id = $sh', {
      parcel: parcelId,
      sh: stakeholderId,
    });
    await tx.run('DELETE FROM parcel_owners WHERE parcel_id = $parcel AND stakeholder_id = $sh', {
      parcel: parcelId,
      sh: stakeholderId,
    });
    await tx.run('INSERT INTO parcel_owners VALUES ($parcel, $sh, $share, false)', {
      parcel: parcelId,
      sh: stakeholderId,
      share,
    });
    await audit(tx, {
      userId,
      action: 'set-ownership',
      entity: 'parcel',
      entityId: parcelId,
      before,
      after: { stakeholderId, share },
    });
    return { ok: true as const };
  });
}

export async function removeLink(
  db: Db,
  table: 'parcel_owners' | 'premises_tenants',
  stakeholderId: string,
  targetId: string,
  userId: string,
): Promise<boolean> {
  const column = table === 'parcel_owners' ? 'parcel_id' : 'premises_id';
  return db.transaction(async (tx) => {
    const before = await tx.one(`SELECT * FROM ${table} WHERE ${column} = $target AND stakeholder_id = $sh`, {
      target: targetId,
      sh: stakeholderId,
    });
    if (!before) return false;
    await tx.run(`DELETE FROM ${table} WHERE ${column} = $target AND stakeholder_id = $sh`, {
      target: targetId,
      sh: stakeholderId,
    });
    await audit(tx, { userId, action: `remove-${table}`, entity: 'stakeholder', entityId: stakeholderId, before });
    return true;
  });
}

export async function setTenancy(
  db: Db,
  stakeholderId: string,
  premisesId: string,
  since: string | null,
  userId: string,
) {
  await db.transaction(async (tx) => {
    await tx.run('DELETE FROM premises_tenants WHERE premises_id = $pr AND stakeholder_id = $sh', {
      pr: premisesId,
      sh: stakeholderId,
    });
    await tx.run('INSERT INTO premises_tenants VALUES ($pr, $sh, $since::DATE, false)', {
      pr: premisesId,
      sh: stakeholderId,
      since,
    });
    await audit(tx, {
      userId,
      action: 'set-tenancy',
      entity: 'premises',
      entityId: premisesId,
      after: { stakeholderId, since },
    });
  });
}

export async function addContact(
  db: Db,
  stakeholderId: string,
  contact: { date: string; channel: string; note: string },
  userId: string,
) {
  const id = `contact-${randomUUID()}`;
  await db.transaction(async (tx) => {
    await tx.run(
      'INSERT INTO contact_log (id, stakeholder_id, contacted_on, channel, note, created_by) VALUES ($id, $sh, $date::DATE, $channel, $note, $user)',
      { id, sh: stakeholderId, date: contact.date, channel: contact.channel, note: contact.note, user: userId },
    );
    await audit(tx, {
      userId,
      action: 'add-contact',
      entity: 'stakeholder',
      entityId: stakeholderId,
      after: { id, ...contact },
    });
  });
  return { id, ...contact };
}

export async function exists(db: Db, table: 'parcels' | 'premises' | 'stakeholders', id: string): Promise<boolean> {
  return Boolean(await db.one(`SELECT 1 FROM ${table} WHERE id = $id`, { id }));
}
