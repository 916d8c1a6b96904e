import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * The built app's assets (hashed names, so never stale) held in memory with the gzip'd twins
 * the build wrote, and sent from there: 200 readers at once cost no disk reads and no gzip.
 * Anything else under /assets falls through to the next handler.
 */
export function memoryAssets(webRoot: string): MiddlewareHandler {
  const dir = join(webRoot, 'assets');
  const files = new Map<string, { body: Buffer; gzipped: Buffer | null; type: string }>();
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.gz')) continue;
      const gz = join(dir, `${name}.gz`);
      files.set(name, {
        body: readFileSync(join(dir, name)),
        gzipped: existsSync(gz) ? readFileSync(gz) : null,
        type: TYPES[extname(name)] ?? 'application/octet-stream',
      });
    }
  }
  return async (c, next) => {
    const file = files.get(c.req.path.slice('/assets/'.length));
    if (!file) return next();
    const gzip = file.gzipped && /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '');
    c.header('Content-Type', file.type);
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('Vary', 'Accept-Encoding');
    if (gzip) c.header('Content-Encoding', 'gzip');
    return c.body(new Uint8Array(gzip ? file.gzipped! : file.body));
  };
}
