/**
 * The place (centre) the page shows, from its address: `/p/<place>/…`. Without one, the
 * installation's default place; links within the app keep the prefix.
 */
export function currentPlace(path = window.location.pathname): string | null {
  const match = /^\/p\/([a-z0-9-]{1,60})(\/|$)/.exec(path);
  return match ? match[1] : null;
}

/** The path without its place prefix: the page to show. */
export function pathWithinPlace(path = window.location.pathname): string {
  return path.replace(/^\/p\/[a-z0-9-]{1,60}(?=\/|$)/, '') || '/';
}

/** A path inside the current place, e.g. `placePath('/public')` → `/p/stockholm-city/public`. */
export function placePath(path: string, place = currentPlace()): string {
  return place ? `/p/${place}${path}` : path;
}
