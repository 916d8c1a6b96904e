import { createMiddleware } from 'hono/factory';
import type { Db } from '../store/db';
import { findPlace, type Place } from '../store/places';
import { notFound } from './errors';
import type { AppEnv } from './env';

export type PlaceEnv = AppEnv & { Variables: { place: Place } };

/** The place `?place=` names (validated by `placeQuery` first), or the default place, in `c.var.place`. */
export function loadPlace(db: Db) {
  return createMiddleware<PlaceEnv>(async (c, next) => {
    const asked = c.req.query('place');
    const place = await findPlace(db, asked);
    if (!place) throw notFound('Platsen', asked ?? '(standard)');
    c.set('place', place);
    await next();
  });
}

/** The place `?place=` names, undefined when none is named (the route then answers for all), 404 if unknown. */
export async function placeIfAsked(db: Db, asked: string | undefined): Promise<Place | undefined> {
  if (asked === undefined) return undefined;
  const place = await findPlace(db, asked);
  if (!place) throw notFound('Platsen', asked);
  return place;
}
