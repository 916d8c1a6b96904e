import type { Context } from 'hono';
import { ApiError } from './errors';

/**
 * The version a save was based on, from `If-Match: "<version>"` (the `version` the GET gave).
 * No header, or `*`, means "save whatever is stored": scripts and older clients keep working.
 */
export function basedOnVersion(c: Context): number | undefined {
  const header = c.req.header('If-Match')?.trim();
  if (!header || header === '*') return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header);
  if (!match) {
    throw new ApiError(
      400,
      'bad_request',
      'If-Match ska vara den version du läste, t.ex. "3". (If-Match must be the version you read, e.g. "3".)',
    );
  }
  return Number(match[1]);
}
