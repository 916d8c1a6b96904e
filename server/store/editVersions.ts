import type { Db, Tx } from './db';

/**
 * Optimistic versions for what planners edit side by side. A thing's version is the number of
 * edits it has had, read from the audit log every write already makes (a boundary's is its
 * version number). A save that names the version it was based on (`If-Match`) and finds a newer
 * one is refused with the edits it missed: who, when, and which fields.
 */
const AUDITED = {
  action: { entity: 'action', actions: ['create', 'update'] },
  stakeholder: { entity: 'stakeholder', actions: ['create', 'update'] },
  pot: { entity: 'pot', actions: ['create', 'set-budget'] },
  vision: { entity: 'district', actions: ['set-vision'] },
  listing: { entity: 'premises', actions: ['publish-listing'] },
  ownerActionDistance: { entity: 'settings', actions: ['set-owner-action-distance'] },
} as const;

export type Editable = keyof typeof AUDITED | 'boundary';

/** One edit another planner made since the version a save was based on. */
export interface MissedEdit {
  by: string;
  at: string;
  fields: string[];
}

/** A save based on an old version: refused, naming what was missed (mapped to a 409). */
export class EditConflict extends Error {
  constructor(
    readonly kind: Editable,
    readonly current: number,
    readonly missed: MissedEdit[],
  ) {
    super(`${kind} changed since version was read`);
  }
}

type Reader = Pick<Db, 'all'> | Tx;

interface HistoryRow {
  seq: number;
  atMs: number;
  by: string;
  before: string | null;
  after: string | null;
}

function history(q: Reader, kind: Editable, id: string, since: number) {
  if (kind === 'boundary') {
    return q.all<HistoryRow>(
      `SELECT version AS seq, epoch_ms(v.created_at) AS "atMs", coalesce(u.name, v.created_by) AS by,
         NULL AS before, '{"boundary":true}' AS after
       FROM district_versions v LEFT JOIN users u ON u.id = v.created_by
       WHERE v.district_id = $id AND v.version > $since ORDER BY v.version`,
      { id, since },
    );
  }
  const { entity } = AUDITED[kind];
  return q.all<HistoryRow>(
    `SELECT * FROM (
       SELECT row_number() OVER (ORDER BY a.occurred_at, a.id)::INTEGER AS seq,
         epoch_ms(a.occurred_at) AS "atMs", coalesce(u.name, 'Okänd') AS by,
         a.before::VARCHAR AS before, a.after::VARCHAR AS after
       FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
       WHERE a.entity = $entity AND a.entity_id = $id AND a.action IN (${actionList(kind)})
     ) WHERE seq > $since ORDER BY seq`,
    { id, entity, since },
  );
}

const BOOKKEEPING = new Set(['version', 'updatedAt', 'updatedBy']);

/** The fields an audited edit changed: keys whose value differs between before and after. */
function changedFields(row: HistoryRow): string[] {
  const before = (row.before ? JSON.parse(row.before) : {}) as Record<string, unknown>;
  const after = (row.after ? JSON.parse(row.after) : {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => !BOOKKEEPING.has(k) && JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k]));
}

/** The current version of one editable thing (0 when it has never been edited). */
export async function editVersion(q: Reader, kind: Editable, id: string): Promise<number> {
  const rows = await history(q, kind, id, 0);
  return rows.at(-1)?.seq ?? 0;
}

const actionList = (kind: keyof typeof AUDITED) => AUDITED[kind].actions.map((action) => `'${action}'`).join(', ');

/** A SELECT column with the version of each row, for answers that list editable things. */
export function versionColumn(kind: keyof typeof AUDITED, idExpr: string, alias = 'version'): string {
  return `(SELECT count(*) FROM audit_log v WHERE v.entity = '${AUDITED[kind].entity}' AND v.entity_id = ${idExpr}
    AND v.action IN (${actionList(kind)}))::INTEGER AS "${alias}"`;
}

/**
 * Inside a write's transaction (writes are queued, so nothing can slip in between): refuses the
 * save when it was based on an older version than the stored one. No version named, no check.
 */
export async function expectVersion(tx: Tx, kind: Editable, id: string, basedOn: number | undefined) {
  if (basedOn === undefined) return;
  const missed = await history(tx, kind, id, basedOn);
  if (missed.length === 0) return;
  throw new EditConflict(
    kind,
    missed.at(-1)!.seq,
    missed.map((row) => ({ by: row.by, at: new Date(Number(row.atMs)).toISOString(), fields: changedFields(row) })),
  );
}
