/** An address inside a place: `/p/<place>/…`; without the prefix, the installation's default place. */
const PLACE_PREFIX = /^\/p\/([a-z0-9-]{1,60})(?=\/|$)/;

/** The place an address names, or null for the default place. */
export function placeOfPath(path: string): string | null {
  return PLACE_PREFIX.exec(path)?.[1] ?? null;
}

/** The address without its place prefix: the page to show. */
export function pathWithoutPlace(path: string): string {
  return path.replace(PLACE_PREFIX, '') || '/';
}
