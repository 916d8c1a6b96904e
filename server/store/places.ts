import type { Db } from './db';
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

/** The place asked for, or the default place when none is named; undefined for an unknown id. */
export async function findPlace(db: Db, id: string | undefined): Promise<Place | undefined> {
  return id === undefined
    ? db.one<Place>(`${SELECT} WHERE is_default`)
    : db.one<Place>(`${SELECT} WHERE id = $id`, { id });
}
