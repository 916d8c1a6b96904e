import type { Db } from './db';
import { extentOverlaps, pointInExtent } from './extentFilter';
import type { Extent } from '../domain/extent';

export interface Place {
  id: string;
  name: string;
  municipalityCode: string;
  /** [west, south, east, north] in WGS 84: the view the map opens on, and the place's data extent. */
  bbox: Extent;
  isDefault: boolean;
}

const SELECT = `SELECT id, name, municipality_code AS "municipalityCode", [min_x, min_y, max_x, max_y] AS bbox,
  is_default AS "isDefault" FROM places`;

/** Every place, the default one first. */
export function listPlaces(db: Db): Promise<Place[]> {
  return db.all<Place>(`${SELECT} ORDER BY is_default DESC, position, name`);
}

/** What `GET /api/places` answers: every place, as the place picker lists them. */
export async function placeList(db: Db) {
  const places = await listPlaces(db);
  return { places: places.map(({ id, name, municipalityCode, bbox }) => ({ id, name, municipalityCode, bbox })) };
}

/** The place asked for, or the default place when none is named; undefined for an unknown id. */
export async function findPlace(db: Db, id: string | undefined): Promise<Place | undefined> {
  return id === undefined
    ? db.one<Place>(`${SELECT} WHERE is_default`)
    : db.one<Place>(`${SELECT} WHERE id = $id`, { id });
}

/** How many premises stand inside a place's extent, and how many of them are vacant now. */
export async function premisesStatusCounts(db: Db, bbox: Extent) {
  return (await db.one<{ premises: number; vacant: number }>(
    `SELECT count(*)::INTEGER AS premises, count(*) FILTER (WHERE st.status = 'vacant')::INTEGER AS vacant
     FROM premises pr LEFT JOIN premises_status st ON st.premises_id = pr.id AND st.valid_to IS NULL
     WHERE ${pointInExtent('pr.lon', 'pr.lat', bbox)}`,
  ))!;
}

/** The action plans of a place's districts: how many actions, how many done. */
export async function actionCounts(db: Db, bbox: Extent) {
  return (await db.one<{ total: number; done: number }>(
    `SELECT count(a.id)::INTEGER AS total, count(a.id) FILTER (WHERE a.status = 'done')::INTEGER AS done
     FROM actions a JOIN district_versions v ON v.district_id = a.district_id
       AND v.version = (SELECT max(version) FROM district_versions WHERE district_id = a.district_id)
     WHERE a.status <> 'cancelled' AND ${extentOverlaps('v', bbox)}`,
  ))!;
}

/** A named place on the map (tätort, suburb …) from the shipped place list: where a new centre lies. */
export function namedPlacePosition(db: Db, name: string) {
  return db.one<{ lon: number; lat: number; kind: string }>(
    `SELECT min_x AS lon, min_y AS lat, kind FROM basemap_features
     WHERE layer = 'place' AND lower(name) = lower($name)
     ORDER BY CASE kind WHEN 'city' THEN 0 WHEN 'town' THEN 1 ELSE 2 END LIMIT 1`,
    { name },
  );
}

/** Municipalities whose extent holds the point: the candidates for the one that contains it. */
export function municipalitiesAround(db: Db, lon: number, lat: number) {
  return db.all<{ code: string; name: string; wkb: Uint8Array }>(
    `SELECT code, name, ST_AsWKB(geom) AS wkb FROM municipalities
     WHERE min_x <= $lon AND max_x >= $lon AND min_y <= $lat AND max_y >= $lat`,
    { lon, lat },
  );
}

export async function placeExists(db: Db, id: string): Promise<boolean> {
  return (await db.one('SELECT 1 FROM places WHERE id = $id', { id })) !== undefined;
}
