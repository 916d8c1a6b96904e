import { Hono } from 'hono';
import type { Db } from '../store/db';
import { listPlaces } from '../store/places';
import { placesOverview } from '../services/placeOverview';

/** The places (centres) of this installation, the default first, and their figures side by side. */
export function placeRoutes(db: Db) {
  return (
    new Hono()
      .get('/', async (c) => {
        const places = await listPlaces(db);
        return c.json({
          places: places.map(({ id, name, municipalityCode, bbox }) => ({ id, name, municipalityCode, bbox })),
        });
      })
      // Aggregates only (rates, counts of passers-by, actions): nothing about a person.
      .get('/overview', async (c) => c.json({ places: await placesOverview(db) }))
  );
}
