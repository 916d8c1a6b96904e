import { Hono } from 'hono';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import type { Db } from '../store/db';
import { validate } from '../http/validate';
import { ApiError } from '../http/errors';
import { isoDateParam } from '../http/queryParams';
import { TILE_LAYER_NAMES } from '../tiles/tileLayers';
import { tileAddressProblem } from '../tiles/tileMath';
import { cutTile } from '../tiles/cutTile';
import type { AppEnv } from '../http/env';
import { cachedTile, packTile } from '../tiles/tileCache';

const tileNumber = (what: string) =>
  z
    .string()
    .regex(/^\d{1,7}$/, { error: `${what} ska vara ett heltal från 0` })
    .transform(Number);

const params = z.object({
  layer: z.enum(TILE_LAYER_NAMES, { error: `Okänt tilelager; välj ett av: ${TILE_LAYER_NAMES.join(', ')}` }),
  z: tileNumber('z'),
  x: tileNumber('x'),
  y: z
    .string()
    .regex(/^\d{1,7}\.mvt$/, { error: 'rutan ska anges som <y>.mvt' })
    .transform((s) => Number(s.slice(0, -4))),
});

const query = z.object({
  /** Premises status as on this date (the time cursor). */
  at: isoDateParam.optional(),
  vacant: z.enum(['1'], { error: 'vacant ska vara 1' }).optional(),
});

export const MVT_TYPE = 'application/vnd.mapbox-vector-tile';

/**
 * How long a browser keeps a layer's tile without asking again. Land (the municipalities'
 * outlines) does not change while the server runs, and MapLibre asks for an over-zoomed land
 * tile once per child tile in view (8 requests for 3 tiles at z15): the browser's cache answers
 * the repeats. The rest revalidates; premises differ by role (premisesConsent), so no shared
 * cache may keep them.
 */
function cacheControl(layer: string): string {
  if (layer === 'premises') return 'private, no-cache';
  return layer === 'land' ? 'public, max-age=86400' : 'public, no-cache';
}

/**
 * Mapbox Vector Tiles cut from the stored geometries: `/api/tiles/<layer>/<z>/<x>/<y>.mvt`.
 * Sent gzip'd with a strong ETag; a browser revalidates (`no-cache`) and gets a 304 while the
 * data is unchanged, so repeat views cost a round trip and no bytes. An empty tile is a 204.
 */
export function tileRoutes(db: Db) {
  return new Hono<AppEnv>().get('/:layer/:z/:x/:y', validate('param', params), validate('query', query), async (c) => {
    const { layer, ...address } = c.req.valid('param');
    const problem = tileAddressProblem(address);
    if (problem) throw new ApiError(400, 'invalid_request', problem);
    const { at, vacant } = c.req.valid('query');
    const seeAll = c.get('user')?.role === 'planner';
    const filter = layer === 'premises' ? { at, vacantOnly: vacant === '1', seeAll } : {};
    const key = `${layer}/${address.z}/${address.x}/${address.y}?${filter.at ?? ''}&${filter.vacantOnly ?? ''}&${filter.seeAll ?? ''}`;
    const tile = await cachedTile(db, layer, key, async () => packTile(await cutTile(db, [layer], address, filter)));
    c.header('Cache-Control', cacheControl(layer));
    if (!tile) return c.body(null, 204);
    c.header('ETag', tile.etag);
    c.header('Vary', 'Accept-Encoding');
    if (
      c.req
        .header('If-None-Match')
        ?.split(/\s*,\s*/)
        .includes(tile.etag)
    )
      return c.body(null, 304);
    c.header('Content-Type', MVT_TYPE);
    if (/\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) {
      c.header('Content-Encoding', 'gzip');
      return c.body(new Uint8Array(tile.gzipped));
    }
    return c.body(new Uint8Array(gunzipSync(tile.gzipped)));
  });
}
