import { promisify } from 'node:util';
import { gzip as gzipCallback, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const gzip = promisify(gzipCallback);
const MIN_BYTES = 1024;
/** Below this, compressing inline (well under a millisecond) beats a trip to the thread pool. */
const INLINE_MAX_BYTES = 256 * 1024;

/**
 * Gzips JSON responses for clients that accept it, at zlib level 4: a viewport of parcels
 * compresses in ~0.7 ms instead of ~1.6 ms at the default level, for about 7 % more bytes.
 * Large bodies (a base-map layer) go to the thread pool so they never block the event loop.
 */
export function gzipJson(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (!/\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) return;
    if (
      res.headers.has('Content-Encoding') ||
      !res.headers.get('Content-Type')?.includes('application/json') ||
      !res.body
    )
      return;
    const body = Buffer.from(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    headers.append('Vary', 'Accept-Encoding');
    if (body.length < MIN_BYTES) {
      c.res = new Response(body, { status: res.status, headers });
      return;
    }
    headers.set('Content-Encoding', 'gzip');
    headers.delete('Content-Length');
    const compressed = body.length <= INLINE_MAX_BYTES ? gzipSync(body, { level: 4 }) : await gzip(body, { level: 4 });
    c.res = new Response(compressed, { status: res.status, headers });
  };
}
