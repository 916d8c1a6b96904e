import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/** Answers that are the same for everyone, whoever asks: computed once per change of the data. */
const SHARED = /^\/api\/(public\/|config$|basemap\/|sources$|places$|places\/overview$)/;
const MAX_ENTRIES = 500;
/** Writes that change no shared answer: signing in and out, the first planner's account. */
const NOT_DATA = /^\/api\/(auth|setup)(\/|$)/;

interface Entry {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  etag: string;
}

/**
 * Keeps the public answers (the public map's lists, the config, the base map's labels, the
 * places) in memory with a strong ETag, so a thousand readers on opening day cost DuckDB one
 * query per URL, and a browser that has the answer gets a 304. Any successful write through the
 * API forgets them all: stale data is never served, and the next reader computes afresh.
 * Mounted outside the gzip middleware, so gzip'd and plain answers are kept apart.
 */
export function publicCache(): MiddlewareHandler {
  const entries = new Map<string, Promise<Entry | null>>();
  return async (c, next) => {
    if (c.req.method !== 'GET') {
      await next();
      if (c.res.status < 400 && !NOT_DATA.test(c.req.path)) entries.clear();
      return;
    }
    const url = new URL(c.req.url);
    if (!SHARED.test(url.pathname)) return next();
    const gzip = /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '');
    const key = `${gzip ? 'gz' : 'id'} ${url.pathname}${url.search}`;
    let entry = entries.get(key);
    let fresh = false;
    if (!entry) {
      fresh = true;
      entry = (async () => {
        await next();
        if (c.res.status !== 200) return null;
        const body = new Uint8Array(await c.res.clone().arrayBuffer());
        const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
        return { status: c.res.status, headers: [...c.res.headers], body, etag };
      })();
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(key, entry);
    }
    const kept = await entry.catch(() => null);
    if (!kept) {
      entries.delete(key);
      if (!fresh) return next();
      return;
    }
    const headers = new Headers(kept.headers);
    headers.set('ETag', kept.etag);
    headers.set('Cache-Control', 'public, no-cache');
    const noneMatch = c.req.header('If-None-Match')?.split(/\s*,\s*/) ?? [];
    c.res = noneMatch.includes(kept.etag)
      ? new Response(null, { status: 304, headers: { ETag: kept.etag, 'Cache-Control': 'public, no-cache' } })
      : new Response(kept.body.slice(), { status: kept.status, headers });
  };
}
