import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

interface Asset {
  body: Buffer;
  gzipped: Buffer | null;
  type: string;
}

/**
 * The built app's assets (hashed names, so never stale) held in memory with the gzip'd twins
 * the build wrote, and written straight to the socket before the request reaches the app, as a
 * web server in front would: 200 readers at once cost no disk reads, no gzip and no per-request
 * objects. Measured with wrk at 200 connections, MapLibre's 295 KiB through the app's
 * middleware had a p99 of 1.3 s; this way it matches a bare node:http server.
 * Returns false for anything it does not hold, which then goes to the app.
 */
export function memoryAssets(webRoot: string): (req: IncomingMessage, res: ServerResponse) => boolean {
  const dir = join(webRoot, 'assets');
  const files = new Map<string, Asset>();
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.gz')) continue;
      const gz = join(dir, `${name}.gz`);
      files.set(`/assets/${name}`, {
        body: readFileSync(join(dir, name)),
        gzipped: existsSync(gz) ? readFileSync(gz) : null,
        type: TYPES[extname(name)] ?? 'application/octet-stream',
      });
    }
  }
  return (req, res) => {
    const file = req.method === 'GET' || req.method === 'HEAD' ? files.get(req.url ?? '') : undefined;
    if (!file) return false;
    const gzip = file.gzipped !== null && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? file.gzipped! : file.body;
    res.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': body.byteLength,
      'Cache-Control': 'public, max-age=31536000, immutable',
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'same-origin',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
