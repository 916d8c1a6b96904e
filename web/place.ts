import { pathWithoutPlace, placeOfPath } from '../server/domain/placePath';

/**
 * The place (centre) the page shows, from its address: `/p/<place>/…`. Without one, the
 * installation's default place; links within the app keep the prefix.
 */
export function currentPlace(path = window.location.pathname): string | null {
  return placeOfPath(path);
}

/** The path without its place prefix: the page to show. */
export function pathWithinPlace(path = window.location.pathname): string {
  return pathWithoutPlace(path);
}

/** A path inside the current place, e.g. `placePath('/public')` → `/p/stockholm-city/public`. */
export function placePath(path: string, place = currentPlace()): string {
  return place ? `/p/${place}${path}` : path;
}
