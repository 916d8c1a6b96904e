import { randomUUID } from 'node:crypto';
import { DuckDBBlobValue } from '@duckdb/node-api';
import type { Db } from './db';
import { audit } from './audit';
import { insertAction } from './actions';

export interface WalkRow {
  id: string;
  title: string;
  walkedOn: string;
  observations: number;
  generated: boolean;
}
interface ObservationRow {
  id: string;
  walkId: string;
  walkTitle: string;
  focusArea: string;
  verdict: 'good' | 'problem';
  text: string;
  lon: number;
  lat: number;
  hasPhoto: boolean;
  actionId: string | null;
  generated: boolean;
  createdAt: string;
  createdBy: string;
}

export function listWalks(db: Db, districtId: string) {
  return db.all<WalkRow>(
    `SELECT w.id, w.title, strftime(w.walked_on, '%Y-%m-%d') AS "walkedOn", count(o.id)::INTEGER AS observations, w.generated
     FROM site_walks w LEFT JOIN observations o ON o.walk_id = w.id WHERE w.district_id = $id GROUP BY w.id, w.title, w.walked_on, w.generated ORDER BY w.walked_on DESC, w.title`,
    { id: districtId },
  );
}

export async function createWalk(
  db: Db,
  districtId: string,
  input: { title: string; walkedOn: string },
  userId: string,
) {
  const id = `walk-${randomUUID()}`;
  await db.transaction(async (tx) => {
    await tx.run(
      'INSERT INTO site_walks (id, district_id, title, walked_on, created_by) VALUES ($id, $d, $title, $walkedOn::DATE, $user)',
      { id, d: districtId, ...input, user: userId },
    );
    await audit(tx, { userId, action: 'create', entity: 'site_walk', entityId: id, after: input });
  });
  return { id, ...input, observations: 0, generated: false };
}

export async function walkBelongsTo(db: Db, walkId: string, districtId: string): Promise<boolean> {
  return Boolean(
    await db.one('SELECT 1 FROM site_walks WHERE id = $w AND district_id = $d', { w: walkId, d: districtId }),
  );
}

const SELECT = `SELECT o.id, o.walk_id AS "walkId", w.title AS "walkTitle", o.focus_area AS "focusArea", o.verdict, o.text, o.lon, o.lat,
  o.photo IS NOT NULL AS "hasPhoto", o.action_id AS "actionId", o.generated,
  strftime(timezone('Europe/Stockholm', o.created_at), '%Y-%m-%d %H:%M') AS "createdAt", coalesce(u.name, o.created_by) AS "createdBy"
  FROM observations o JOIN site_walks w ON w.id = o.walk_id LEFT JOIN users u ON u.id = o.created_by`;

/** Observations of a district as GeoJSON features, optionally of one focus area or one walk. */
export async function listObservations(db: Db, districtId: string, filter: { focusArea?: string; walkId?: string }) {
  const rows = await db.all<ObservationRow>(
    `${SELECT} WHERE o.district_id = $d AND ($focus IS NULL OR o.focus_area = $focus) AND ($walk IS NULL OR o.walk_id = $walk) ORDER BY o.created_at`,
    { d: districtId, focus: filter.focusArea ?? null, walk: filter.walkId ?? null },
  );
  return rows.map(({ lon, lat, ...o }) => ({
    type: 'Feature' as const,
    id: o.id,
    geometry: { type: 'Point' as const, coordinates: [lon, lat] },
    properties: { ...o, photo: o.hasPhoto ? `/api/observations/${o.id}/photo` : null },
  }));
}

export async function addObservation(
  db: Db,
  districtId: string,
  input: {
    walkId: string;
    focusArea: string;
    verdict: string;
    text: string;
    lon: number;
    lat: number;
    photo: { bytes: Uint8Array; type: string } | null;
  },
  userId: string,
) {
  const id = `obs-${randomUUID()}`;
  await db.transaction(async (tx) => {
    await tx.run(
      `INSERT INTO observations (id, district_id, walk_id, focus_area, verdict, text, lon, lat, photo, photo_type, created_by)
      VALUES ($id, $d, $walk, $focus, $verdict, $text, $lon, $lat, $photo, $type, $user)`,
      {
        id,
        d: districtId,
        walk: input.walkId,
        focus: input.focusArea,
        verdict: input.verdict,
        text: input.text,
        lon: input.lon,
        lat: input.lat,
        photo: input.photo ? new DuckDBBlobValue(input.photo.bytes) : null,
        type: input.photo?.type ?? null,
        user: userId,
      },
    );
    await audit(tx, {
      userId,
      action: 'create',
      entity: 'observation',
      entityId: id,
      after: { ...input, photo: input.photo ? input.photo.bytes.length : null },
    });
  });
  return (await listObservations(db, districtId, { walkId: input.walkId })).find((f) => f.id === id)!;
}

export async function observationPhoto(db: Db, id: string) {
  return db.one<{ photo: Uint8Array; type: string }>(
    'SELECT photo, photo_type AS type FROM observations WHERE id = $id AND photo IS NOT NULL',
    { id },
  );
}

/**
 * An observation becomes an idea in the action plan, at the observation's place and in its
 * focus area; the observation keeps a link to it, so it is turned only once.
 */
export async function observationToAction(db: Db, districtId: string, observationId: string, userId: string) {
  return db.transaction(async (tx) => {
    const o = await tx.one<{
      text: string;
      focusArea: string;
      lon: number;
      lat: number;
      actionId: string | null;
      walkTitle: string;
      walkedOn: string;
    }>(
      `SELECT o.text, o.focus_area AS "focusArea", o.lon, o.lat, o.action_id AS "actionId", w.title AS "walkTitle", strftime(w.walked_on, '%Y-%m-%d') AS "walkedOn"
       FROM observations o JOIN site_walks w ON w.id = o.walk_id WHERE o.id = $id AND o.district_id = $d`,
      { id: observationId, d: districtId },
    );
    if (!o) return null;
    if (o.actionId) return { action: null, existingActionId: o.actionId };
    const title = o.text.length > 80 ? `${o.text.slice(0, 79)}…` : o.text;
    const action = await insertAction(
      tx,
      districtId,
      {
        title,
        description: `${o.text}\n\nFrån platsvandringen ”${o.walkTitle}” ${o.walkedOn}.`,
        focusArea: o.focusArea,
        status: 'idea',
        priority: null,
        start: null,
        end: null,
        costSek: 0,
        financing: [],
        potId: null,
        responsibleStakeholderId: null,
        geometry: { type: 'Point', coordinates: [o.lon, o.lat] },
        public: false,
        publicText: null,
      },
      userId,
    );
    await tx.run('UPDATE observations SET action_id = $a WHERE id = $id', { a: action.id, id: observationId });
    return { action, existingActionId: null };
  });
}
