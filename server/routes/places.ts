import { Hono } from 'hono';
import { listPlaces } from '../store/places';
import type { Db } from '../store/db';

/** The places (centres) of this installation, the default first. */
export function placeRoutes(db: Db) {
  return new Hono().get('/', async (c) => {
    const places = await listPlaces(db);
    return c.json({
      places: places.map(({ id, name, municipalityCode, bbox }) => ({ id, name, municipalityCode, bbox })),
    });
  });
}
