import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from './errors';

/** A JSON body: a 20 000-vertex boundary is under 1 MB. */
const JSON_MAX_BYTES = 2 * 1024 * 1024;
/** A form with a photo (≤ 5 MB) or a process document (≤ 20 MB); each route checks its own file. */
const FORM_MAX_BYTES = 25 * 1024 * 1024;
/** Imports set their own, larger limits. */
const OWN_LIMIT = /^\/api\/(imports\/|places\/[^/]+\/imports$)/;

const limit = (maxSize: number, words: string) =>
  bodyLimit({
    maxSize,
    onError: (c) =>
      errorResponse(c, 413, 'too_large', `Förfrågan är för stor: högst ${words}. (Request body too large.)`),
  });

/**
 * A body limit on every route, so no request can make the server hold more than it needs
 * (eight 100 MB bodies to the login route once took it to 1.5 GB): JSON small, forms with files
 * larger, imports by their own limits. Counted as the body streams in, not only by its header.
 */
export function bodyLimits(): MiddlewareHandler {
  const json = limit(JSON_MAX_BYTES, '2 MB');
  const form = limit(FORM_MAX_BYTES, '25 MB');
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || OWN_LIMIT.test(c.req.path)) return next();
    const multipart = (c.req.header('Content-Type') ?? '').startsWith('multipart/form-data');
    return (multipart ? form : json)(c, next);
  };
}
