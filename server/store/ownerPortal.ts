import { listValue } from '@duckdb/node-api';
import type { Db } from './db';
import { audit } from './audit';
import { editVersion, expectVersion, versionColumn } from './editVersions';
import { wkbToGeometry } from '../geo/wkb';

export async function ownerActionDistance(db: Db): Promise<number> {
  return Number(
    (await db.one<{ value: string }>("SELECT value FROM meta WHERE key = 'owner_action_distance_m'"))?.value ?? 150,
  );
}

/** The distance and its version (what a save names in `If-Match`). */
export async function ownerActionDistanceSetting(db: Db) {
  return { meters: await ownerActionDistance(db), version: await editVersion(db, 'ownerActionDistance', DISTANCE_KEY) };
}

const DISTANCE_KEY = 'owner_action_distance_m';

export async function setOwnerActionDistance(db: Db, meters: number, userId: string, basedOn?: number) {
  return db.transaction(async (tx) => {
    await expectVersion(tx, 'ownerActionDistance', DISTANCE_KEY, basedOn);
    await tx.run("UPDATE meta SET value = $v WHERE key = 'owner_action_distance_m'", { v: String(meters) });
    await audit(tx, {
      userId,
      action: 'set-owner-action-distance',
      entity: 'settings',
      entityId: DISTANCE_KEY,
      after: { meters },
    });
    return { meters, version: await editVersion(tx, 'ownerActionDistance', DISTANCE_KEY) };
  });
}

/** Does this stakeholder own (part of) the parcel that holds the premises? The owner's right to report on it. */
export async function ownsPremises(db: Db, stakeholderId: string, premisesId: string): Promise<boolean> {
  return Boolean(
    await db.one(
      `SELECT 1 FROM premises pr JOIN parcel_owners o ON o.parcel_id = pr.parcel_id WHERE pr.id = $pr AND o.stakeholder_id = $sh`,
      { pr: premisesId, sh: stakeholderId },
    ),
  );
}

/** The parcels a stakeholder owns (part of), with their shape. */
export async function ownedParcels(db: Db, stakeholderId: string) {
  const rows = await db.all<{ id: string; designation: string; areaM2: number; share: number; wkb: Uint8Array }>(
    `SELECT p.id, p.designation, p.area_m2 AS "areaM2", o.share, ST_AsWKB(p.geom) AS wkb
     FROM parcel_owners o JOIN parcels p ON p.id = o.parcel_id WHERE o.stakeholder_id = $sh ORDER BY p.designation`,
    { sh: stakeholderId },
  );
  return rows.map(({ wkb, ...p }) => ({ ...p, geometry: wkbToGeometry(wkb) }));
}

/** The premises on the given parcels with their current status and whether they are listed. */
export function premisesOnParcels(db: Db, parcelIds: string[]) {
  return db.all<{
    id: string;
    parcelId: string;
    name: string | null;
    kind: string;
    status: string | null;
    since: string | null;
    floorAreaM2: number | null;
    listed: boolean;
    listingVersion: number;
  }>(
    `SELECT pr.id, pr.parcel_id AS "parcelId", pr.name, pr.kind, st.status, strftime(st.valid_from, '%Y-%m-%d') AS since,
            pr.floor_area_m2 AS "floorAreaM2", l.premises_id IS NOT NULL AS listed,
            ${versionColumn('listing', 'pr.id', 'listingVersion')}
     FROM premises pr LEFT JOIN premises_status st ON st.premises_id = pr.id AND st.valid_to IS NULL
     LEFT JOIN premises_listings l ON l.premises_id = pr.id
     WHERE list_contains($ids, pr.parcel_id) ORDER BY pr.name NULLS LAST, pr.id`,
    { ids: listValue(parcelIds) },
  );
}

/** Every action that has a place on the map and is not cancelled. */
export async function placedActions(db: Db) {
  const rows = await db.all<{
    id: string;
    title: string;
    status: string;
    start: string | null;
    end: string | null;
    focusArea: string;
    costSek: number;
    wkb: Uint8Array;
  }>(
    `SELECT a.id, a.title, a.status, strftime(a.start_date, '%Y-%m-%d') AS start, strftime(a.end_date, '%Y-%m-%d') AS "end", a.focus_area AS "focusArea",
            a.cost_sek::DOUBLE AS "costSek", ST_AsWKB(a.geom) AS wkb
     FROM actions a WHERE a.geom IS NOT NULL AND a.status <> 'cancelled'`,
  );
  return rows.map(({ wkb, ...a }) => ({ ...a, geometry: wkbToGeometry(wkb) }));
}

/** A stakeholder's shares of the financing of the given actions. */
export function financingShares(db: Db, stakeholderId: string, actionIds: string[]) {
  return db.all<{ actionId: string; share: number }>(
    `SELECT action_id AS "actionId", share FROM action_financing WHERE stakeholder_id = $sh AND list_contains($ids, action_id)`,
    { sh: stakeholderId, ids: listValue(actionIds) },
  );
}

/** Closes the current status period and opens a new one from `date`; one transaction, audited. */
export async function reportPremisesStatus(
  db: Db,
  premisesId: string,
  status: 'vacant' | 'occupied',
  date: string,
  userId: string,
) {
  return db.transaction(async (tx) => {
    const current = await tx.one<{ status: string; from: string }>(
      `SELECT status, strftime(valid_from, '%Y-%m-%d') AS "from" FROM premises_status WHERE premises_id = $id AND valid_to IS NULL`,
      { id: premisesId },
    );
    if (current?.status === status) return { unchanged: true as const };
    if (current && date <= current.from) return { tooEarly: current.from };
    await tx.run('UPDATE premises_status SET valid_to = $date::DATE WHERE premises_id = $id AND valid_to IS NULL', {
      id: premisesId,
      date,
    });
    await tx.run(
      `INSERT INTO premises_status (premises_id, status, valid_from, generated, recorded_by) VALUES ($id, $status, $date::DATE, false, $user)`,
      { id: premisesId, status, date, user: userId },
    );
    if (status === 'occupied')
      await tx.run('DELETE FROM premises_listings WHERE premises_id = $id', { id: premisesId });
    await audit(tx, {
      userId,
      action: 'report-status',
      entity: 'premises',
      entityId: premisesId,
      before: current,
      after: { status, from: date },
    });
    return { ok: true as const };
  });
}

export async function publishListing(
  db: Db,
  premisesId: string,
  listing: { text: string; contact: string },
  userId: string,
  basedOn?: number,
) {
  return db.transaction(async (tx) => {
    await expectVersion(tx, 'listing', premisesId, basedOn);
    await tx.run('DELETE FROM premises_listings WHERE premises_id = $id', { id: premisesId });
    await tx.run(
      'INSERT INTO premises_listings (premises_id, text, contact, published_by) VALUES ($id, $text, $contact, $user)',
      { id: premisesId, text: listing.text, contact: listing.contact, user: userId },
    );
    await audit(tx, { userId, action: 'publish-listing', entity: 'premises', entityId: premisesId, after: listing });
    return { ...listing, version: await editVersion(tx, 'listing', premisesId) };
  });
}
