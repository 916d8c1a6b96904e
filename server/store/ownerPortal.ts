import { DuckDBBlobValue, listValue } from '@duckdb/node-api';
import type { Db } from './db';
import { audit } from './audit';
import { editVersion, expectVersion, versionColumn } from './editVersions';
import { wkbToGeometry } from '../geo/wkb';
import { inIdList } from './idList';

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

/** How long a status report can be taken back by whoever made it. */
const UNDO_HOURS = 24;

/**
 * The premises on the given parcels with their current status, whether they are listed, and
 * until when `userId` can take back the status they reported (null when they cannot).
 */
export function premisesOnParcels(db: Db, parcelIds: string[], userId: string) {
  return db.all<{
    id: string;
    parcelId: string;
    name: string | null;
    kind: string;
    status: string | null;
    since: string | null;
    floorAreaM2: number | null;
    listed: boolean;
    listingText: string | null;
    listingContact: string | null;
    listingVersion: number;
    undoUntil: string | null;
    placeId: string | null;
  }>(
    `SELECT pr.id, pr.parcel_id AS "parcelId", pr.name, pr.kind, st.status, strftime(st.valid_from, '%Y-%m-%d') AS since,
            pr.floor_area_m2 AS "floorAreaM2", l.premises_id IS NOT NULL AS listed,
            l.text AS "listingText", l.contact AS "listingContact",
            (SELECT arg_min(pl.id, pl.position) FROM places pl
              WHERE pr.lon BETWEEN pl.min_x AND pl.max_x AND pr.lat BETWEEN pl.min_y AND pl.max_y) AS "placeId",
            ${versionColumn('listing', 'pr.id', 'listingVersion')},
            CASE WHEN NOT st.generated AND st.recorded_by = $user AND st.recorded_at > current_timestamp - INTERVAL ${UNDO_HOURS} HOUR
              AND (SELECT arg_max(a.action, a.occurred_at) FROM audit_log a WHERE a.entity = 'premises' AND a.entity_id = pr.id
                     AND a.action IN ('report-status', 'undo-report-status')) = 'report-status'
              THEN strftime(timezone('UTC', st.recorded_at + INTERVAL ${UNDO_HOURS} HOUR), '%Y-%m-%dT%H:%M:%SZ') END AS "undoUntil"
     FROM premises pr LEFT JOIN premises_status st ON st.premises_id = pr.id AND st.valid_to IS NULL
     LEFT JOIN premises_listings l ON l.premises_id = pr.id
     WHERE ${inIdList('pr.parcel_id')} ORDER BY pr.name NULLS LAST, pr.id`,
    { ids: listValue(parcelIds), user: userId },
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
    `SELECT action_id AS "actionId", share FROM action_financing WHERE stakeholder_id = $sh AND ${inIdList('action_id')}`,
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
    // Let means no longer on offer; the listing is kept in the audit entry so an undo brings it back.
    const listing =
      status === 'occupied'
        ? await tx.one<{ text: string; contact: string; publishedBy: string }>(
            'SELECT text, contact, published_by AS "publishedBy" FROM premises_listings WHERE premises_id = $id',
            { id: premisesId },
          )
        : undefined;
    if (listing) await tx.run('DELETE FROM premises_listings WHERE premises_id = $id', { id: premisesId });
    await audit(tx, {
      userId,
      action: 'report-status',
      entity: 'premises',
      entityId: premisesId,
      before: current && { ...current, listing },
      after: { status, from: date },
    });
    return { ok: true as const };
  });
}

/**
 * Takes back the latest status report of a premises, if `user` made it in the last 24 hours (a
 * planner may take back anyone's): the period before it is open again, a listing the report
 * ended is back, and the undo is in the audit trail. Undefined when there is nothing to undo.
 */
export async function undoStatusReport(db: Db, premisesId: string, user: { id: string; isPlanner: boolean }) {
  return db.transaction(async (tx) => {
    const current = await tx.one<{ status: string; from: string }>(
      `SELECT status, strftime(valid_from, '%Y-%m-%d') AS "from" FROM premises_status
       WHERE premises_id = $id AND valid_to IS NULL AND NOT generated
         AND recorded_at > current_timestamp - INTERVAL ${UNDO_HOURS} HOUR AND ($planner OR recorded_by = $user)`,
      { id: premisesId, user: user.id, planner: user.isPlanner },
    );
    // Only the latest report, once: an undo is not itself taken back by a second one.
    const report = await tx.one<{ action: string; before: string | null }>(
      `SELECT action, before::VARCHAR AS before FROM audit_log
       WHERE entity = 'premises' AND entity_id = $id AND action IN ('report-status', 'undo-report-status')
       ORDER BY occurred_at DESC LIMIT 1`,
      { id: premisesId },
    );
    if (!current || report?.action !== 'report-status') return undefined;
    const before = report.before
      ? (JSON.parse(report.before) as { listing?: { text: string; contact: string; publishedBy: string } })
      : {};
    await tx.run('DELETE FROM premises_status WHERE premises_id = $id AND valid_to IS NULL', { id: premisesId });
    await tx.run('UPDATE premises_status SET valid_to = NULL WHERE premises_id = $id AND valid_to = $from::DATE', {
      id: premisesId,
      from: current.from,
    });
    if (before.listing) {
      await tx.run(
        'INSERT INTO premises_listings (premises_id, text, contact, published_by) VALUES ($id, $text, $contact, $by)',
        { id: premisesId, text: before.listing.text, contact: before.listing.contact, by: before.listing.publishedBy },
      );
    }
    const restored = await tx.one<{ status: string; since: string }>(
      `SELECT status, strftime(valid_from, '%Y-%m-%d') AS since FROM premises_status WHERE premises_id = $id AND valid_to IS NULL`,
      { id: premisesId },
    );
    await audit(tx, {
      userId: user.id,
      action: 'undo-report-status',
      entity: 'premises',
      entityId: premisesId,
      before: current,
      after: restored ?? null,
    });
    return { status: restored?.status ?? null, since: restored?.since ?? null };
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
    // A new text keeps the listing's photo.
    const kept = await tx.one<{ photo: Uint8Array | null; type: string | null }>(
      'SELECT photo, photo_type AS type FROM premises_listings WHERE premises_id = $id',
      { id: premisesId },
    );
    await tx.run('DELETE FROM premises_listings WHERE premises_id = $id', { id: premisesId });
    await tx.run(
      `INSERT INTO premises_listings (premises_id, text, contact, published_by, photo, photo_type)
       VALUES ($id, $text, $contact, $user, $photo, $type)`,
      {
        id: premisesId,
        text: listing.text,
        contact: listing.contact,
        user: userId,
        photo: kept?.photo ? new DuckDBBlobValue(kept.photo) : null,
        type: kept?.type ?? null,
      },
    );
    await audit(tx, { userId, action: 'publish-listing', entity: 'premises', entityId: premisesId, after: listing });
    return { ...listing, version: await editVersion(tx, 'listing', premisesId) };
  });
}

/**
 * Sets (or with null removes) the photo of a listing; false when the premises is not listed.
 * The photo is public: it shows on the public map with the listing.
 */
export async function setListingPhoto(
  db: Db,
  premisesId: string,
  photo: { bytes: Uint8Array; type: string } | null,
  userId: string,
) {
  return db.transaction(async (tx) => {
    const listed = await tx.one<{ id: string }>(
      'SELECT premises_id AS id FROM premises_listings WHERE premises_id = $id',
      {
        id: premisesId,
      },
    );
    if (!listed) return false;
    await tx.run('UPDATE premises_listings SET photo = $photo, photo_type = $type WHERE premises_id = $id', {
      id: premisesId,
      photo: photo ? new DuckDBBlobValue(photo.bytes) : null,
      type: photo?.type ?? null,
    });
    await audit(tx, {
      userId,
      action: photo ? 'set-listing-photo' : 'remove-listing-photo',
      entity: 'premises',
      entityId: premisesId,
      after: photo ? { type: photo.type, bytes: photo.bytes.length } : null,
    });
    return true;
  });
}
