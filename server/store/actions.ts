import { randomUUID } from 'node:crypto';
import type { Geometry } from 'geojson';
import { listValue } from '@duckdb/node-api';
import type { Db, Tx } from './db';
import { audit } from './audit';
import { expectVersion, versionColumn } from './editVersions';
import { geometryToWkb, wkbToGeometry } from '../geo/wkb';
import { DuckDBBlobValue } from '@duckdb/node-api';
import { inIdList } from './idList';

export interface FinancingShare {
  party: string;
  share: number;
  stakeholderId: string | null;
}
export interface ActionInput {
  title: string;
  description: string | null;
  focusArea: string;
  status: string;
  priority: number | null;
  start: string | null;
  end: string | null;
  costSek: number;
  financing: FinancingShare[];
  potId: string | null;
  responsibleStakeholderId: string | null;
  geometry: Geometry | null;
  public: boolean;
  publicText: string | null;
}

interface ActionRow {
  id: string;
  districtId: string;
  title: string;
  description: string | null;
  focusArea: string;
  status: string;
  priority: number | null;
  start: string | null;
  end: string | null;
  costSek: number;
  potId: string | null;
  responsibleStakeholderId: string | null;
  responsibleName: string | null;
  wkb: Uint8Array | null;
  public: boolean;
  publicText: string | null;
  generated: boolean;
  updatedAt: string;
  updatedBy: string;
  version: number;
}

const SELECT = `SELECT a.id, a.district_id AS "districtId", a.title, a.description, a.focus_area AS "focusArea", a.status, a.priority,
  strftime(a.start_date, '%Y-%m-%d') AS start, strftime(a.end_date, '%Y-%m-%d') AS "end", a.cost_sek::DOUBLE AS "costSek",
  a.pot_id AS "potId", a.responsible_stakeholder_id AS "responsibleStakeholderId",
  CASE WHEN s.is_private_person THEN NULL ELSE s.name END AS "responsibleName",
  CASE WHEN a.geom IS NULL THEN NULL ELSE ST_AsWKB(a.geom) END AS wkb, a.public, a.public_text AS "publicText", a.generated,
  strftime(a.updated_at, '%Y-%m-%dT%H:%M:%SZ') AS "updatedAt", coalesce(u.name, a.updated_by) AS "updatedBy",
  ${versionColumn('action', 'a.id')}
  FROM actions a LEFT JOIN stakeholders s ON s.id = a.responsible_stakeholder_id LEFT JOIN users u ON u.id = a.updated_by`;

async function withFinancing(db: Pick<Db, 'all'>, rows: ActionRow[]) {
  const financing =
    rows.length === 0
      ? []
      : await db.all<FinancingShare & { actionId: string }>(
          `SELECT action_id AS "actionId", party, share, stakeholder_id AS "stakeholderId" FROM action_financing
     WHERE ${inIdList('action_id')} ORDER BY action_id, position`,
          { ids: listValue(rows.map((r) => r.id)) },
        );
  return rows.map(({ wkb, ...r }) => ({
    ...r,
    geometry: wkb ? wkbToGeometry(wkb) : null,
    financing: financing.filter((f) => f.actionId === r.id).map(({ actionId: _a, ...f }) => f),
  }));
}

/** A district's actions, ordered as a plan reads: by start date, undated last. */
export async function listActions(db: Db, districtId: string) {
  const rows = await db.all<ActionRow>(
    `${SELECT} WHERE a.district_id = $d ORDER BY a.start_date NULLS LAST, a.priority NULLS LAST, a.title`,
    { d: districtId },
  );
  return withFinancing(db, rows);
}

export async function getAction(db: Pick<Db, 'all'>, districtId: string, id: string) {
  const rows = await db.all<ActionRow>(`${SELECT} WHERE a.district_id = $d AND a.id = $id`, { d: districtId, id });
  return (await withFinancing(db, rows))[0];
}

async function writeFinancing(tx: Tx, actionId: string, financing: FinancingShare[]) {
  await tx.run('DELETE FROM action_financing WHERE action_id = $id', { id: actionId });
  for (const [position, f] of financing.entries()) {
    await tx.run('INSERT INTO action_financing VALUES ($id, $pos, $party, $sh, $share)', {
      id: actionId,
      pos: position,
      party: f.party,
      sh: f.stakeholderId,
      share: f.share,
    });
  }
}

const params = (input: ActionInput) => ({
  title: input.title,
  description: input.description,
  focus: input.focusArea,
  status: input.status,
  priority: input.priority,
  start: input.start,
  end: input.end,
  cost: BigInt(input.costSek),
  pot: input.potId,
  responsible: input.responsibleStakeholderId,
  geom: input.geometry ? new DuckDBBlobValue(geometryToWkb(input.geometry)) : null,
  public: input.public,
  publicText: input.publicText,
});

export async function createAction(db: Db, districtId: string, input: ActionInput, userId: string) {
  return db.transaction((tx) => insertAction(tx, districtId, input, userId));
}

/** Creates an action inside the caller's transaction (e.g. together with the observation it comes from). */
export async function insertAction(tx: Tx, districtId: string, input: ActionInput, userId: string) {
  const id = `action-${randomUUID()}`;
  await tx.run(
    `INSERT INTO actions (id, district_id, title, description, focus_area, status, priority, start_date, end_date, cost_sek, pot_id,
       responsible_stakeholder_id, geom, public, public_text, generated, updated_by)
     VALUES ($id, $d, $title, $description, $focus, $status, $priority, $start::DATE, $end::DATE, $cost, $pot, $responsible,
       CASE WHEN $geom IS NULL THEN NULL ELSE ST_GeomFromWKB($geom) END, $public, $publicText, false, $user)`,
    { id, d: districtId, user: userId, ...params(input) },
  );
  await writeFinancing(tx, id, input.financing);
  const after = await getAction(tx, districtId, id);
  await audit(tx, { userId, action: 'create', entity: 'action', entityId: id, after });
  return (await getAction(tx, districtId, id))!;
}

/** Saves an action; `basedOn` is the version the planner edited (a newer one refuses the save). */
export async function updateAction(
  db: Db,
  districtId: string,
  id: string,
  input: ActionInput,
  userId: string,
  basedOn?: number,
) {
  return db.transaction(async (tx) => {
    const before = await getAction(tx, districtId, id);
    if (!before) return undefined;
    await expectVersion(tx, 'action', id, basedOn);
    await tx.run(
      `UPDATE actions SET title = $title, description = $description, focus_area = $focus, status = $status, priority = $priority,
         start_date = $start::DATE, end_date = $end::DATE, cost_sek = $cost, pot_id = $pot, responsible_stakeholder_id = $responsible,
         geom = CASE WHEN $geom IS NULL THEN NULL ELSE ST_GeomFromWKB($geom) END, public = $public, public_text = $publicText,
         updated_at = current_timestamp, updated_by = $user
       WHERE id = $id AND district_id = $d`,
      { id, d: districtId, user: userId, ...params(input) },
    );
    await writeFinancing(tx, id, input.financing);
    const after = await getAction(tx, districtId, id);
    await audit(tx, { userId, action: 'update', entity: 'action', entityId: id, before, after });
    return getAction(tx, districtId, id);
  });
}

export async function deleteAction(db: Db, districtId: string, id: string, userId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await getAction(tx, districtId, id);
    if (!before) return false;
    await tx.run('DELETE FROM action_financing WHERE action_id = $id', { id });
    await tx.run('DELETE FROM action_updates WHERE action_id = $id', { id });
    await tx.run('DELETE FROM actions WHERE id = $id', { id });
    await audit(tx, { userId, action: 'delete', entity: 'action', entityId: id, before });
    return true;
  });
}

export async function listUpdates(db: Db, actionId: string) {
  return db.all<{ id: string; date: string; note: string; hasPhoto: boolean; createdBy: string }>(
    `SELECT p.id, strftime(p.update_date, '%Y-%m-%d') AS date, p.note, p.photo IS NOT NULL AS "hasPhoto", coalesce(u.name, p.created_by) AS "createdBy"
     FROM action_updates p LEFT JOIN users u ON u.id = p.created_by WHERE p.action_id = $id ORDER BY p.update_date DESC, p.created_at DESC`,
    { id: actionId },
  );
}

export async function addUpdate(
  db: Db,
  actionId: string,
  update: { date: string; note: string; photo: Uint8Array | null; photoType: string | null },
  userId: string,
) {
  const id = `update-${randomUUID()}`;
  await db.transaction(async (tx) => {
    await tx.run(
      'INSERT INTO action_updates (id, action_id, update_date, note, photo, photo_type, created_by) VALUES ($id, $a, $date::DATE, $note, $photo, $type, $user)',
      {
        id,
        a: actionId,
        date: update.date,
        note: update.note,
        photo: update.photo ? new DuckDBBlobValue(update.photo) : null,
        type: update.photoType,
        user: userId,
      },
    );
    await audit(tx, {
      userId,
      action: 'add-update',
      entity: 'action',
      entityId: actionId,
      after: { id, date: update.date, note: update.note, photoBytes: update.photo?.length ?? 0 },
    });
  });
  return { id, date: update.date, note: update.note, hasPhoto: update.photo !== null };
}

export async function updatePhoto(db: Db, updateId: string) {
  return db.one<{ photo: Uint8Array; type: string }>(
    'SELECT photo, photo_type AS type FROM action_updates WHERE id = $id AND photo IS NOT NULL',
    { id: updateId },
  );
}
export type PlannerAction = Awaited<ReturnType<typeof listActions>>[number];
