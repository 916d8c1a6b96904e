import { booleanPointInPolygon, point } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Db } from '../store/db';
import { insertRows } from '../store/tables';
import { audit } from '../store/audit';
import { findPlace, municipalitiesAround, namedPlacePosition, placeExists, type Place } from '../store/places';
import { wkbToGeometry } from '../geo/wkb';
import type { Extent } from '../domain/extent';
import { ApiError } from '../http/errors';
import { slug } from '../domain/slug';

/** A new centre's first extent around its named place: about 1.1 × 0.9 km, to be imported into. */
const HALF_WIDTH = 0.009;
const HALF_HEIGHT = 0.004;

/**
 * A new place. Named like "Kristinehamn centrum", it is found among the shipped place names
 * (the word "centrum" may be left out) unless an extent is given; its municipality is the one
 * whose outline holds it.
 */
export async function createPlace(db: Db, input: { name: string; bbox?: Extent }, userId: string): Promise<Place> {
  const id = slug(input.name);
  if (!id) throw new ApiError(400, 'invalid_request', 'Ge platsen ett namn.');
  if (await placeExists(db, id)) throw new ApiError(409, 'place_exists', `Platsen "${input.name}" finns redan.`);
  let bbox = input.bbox;
  if (!bbox) {
    const named =
      (await namedPlacePosition(db, input.name)) ??
      (await namedPlacePosition(db, input.name.replace(/\s+centrum$/i, '')));
    if (!named) {
      throw new ApiError(
        422,
        'unknown_place_name',
        `"${input.name}" finns inte bland ortnamnen. Ange ett ortnamn (t.ex. "Kristinehamn centrum") eller platsens utbredning.`,
      );
    }
    bbox = [named.lon - HALF_WIDTH, named.lat - HALF_HEIGHT, named.lon + HALF_WIDTH, named.lat + HALF_HEIGHT];
  }
  const [lon, lat] = [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2];
  const municipality = (await municipalitiesAround(db, lon, lat)).find((m) =>
    booleanPointInPolygon(point([lon, lat]), wkbToGeometry(m.wkb) as Polygon | MultiPolygon),
  );
  if (!municipality) throw new ApiError(422, 'outside_extent', 'Platsen ligger inte i någon svensk kommun.');
  await db.transaction(async (tx) => {
    const position = (await tx.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM places'))!.n;
    const [min_x, min_y, max_x, max_y] = bbox;
    await insertRows(tx, 'places', [
      {
        id,
        name: input.name,
        municipality_code: municipality.code,
        min_x,
        min_y,
        max_x,
        max_y,
        is_default: false,
        position,
      },
    ]);
    await audit(tx, {
      userId,
      action: 'create',
      entity: 'place',
      entityId: id,
      after: { name: input.name, municipality: municipality.code, bbox },
    });
  });
  return (await findPlace(db, id))!;
}
