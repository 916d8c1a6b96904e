import { Hono } from 'hono';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import type { Db } from '../store/db';
import { validate } from '../http/validate';
import { ApiError } from '../http/errors';
import { isoDateParam } from '../http/queryParams';
import { TILE_LAYER_NAMES, type TileFilter, type TileLayerName } from '../tiles/tileLayers';
import { placeQuery } from '../http/placeParam';
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
  layer: z
    .string()
    .transform((names) => names.split('+'))
    .pipe(
      z
        .array(z.enum(TILE_LAYER_NAMES, { error: `Okänt tilelager; välj bland: ${TILE_LAYER_NAMES.join(', ')}` }))
        .max(TILE_LAYER_NAMES.length)
        .refine((names) => new Set(names).size === names.length, 'Ett tilelager får bara nämnas en gång'),
    ),
  z: tileNumber('z'),
  x: tileNumber('x'),
  y: z
    .string()
    .regex(/^\d{1,7}\.mvt$/, { error: 'rutan ska anges som <y>.mvt' })
    .transform((s) => Number(s.slice(0, -4))),
});

const query = placeQuery.extend({
  /** Premises status as on this date (the time cursor). */
  at: isoDateParam.optional(),
  vacant: z.enum(['1'], { error: 'vacant ska vara 1' }).optional(),
  // And `place`, for counters: the place whose busiest week sets the circles' scale.
  /** Counters: the week shown, by its Monday (the time cursor). */
  week: isoDateParam
    .refine((date) => new Date(`${date}T12:00:00Z`).getUTCDay() === 1, 'week ska vara en måndag (ÅÅÅÅ-MM-DD)')
    .optional(),
});

export const MVT_TYPE = 'application/vnd.mapbox-vector-tile';

/**
 * How long a browser keeps a layer's tile without asking again. Land (the municipalities'
 * outlines) does not change while the server runs, and MapLibre asks for an over-zoomed land
 * tile once per child tile in view (8 requests for 3 tiles at z15): the browser's cache answers
 * the repeats. The rest revalidates; premises differ by role (premisesConsent), so no shared
 * cache may keep them.
 */
function cacheControl(layers: readonly TileLayerName[]): string {
  if (layers.includes('premises')) return 'private, no-cache';
  return layers.every((layer) => layer === 'land') ? 'public, max-age=86400' : 'public, no-cache';
}

/** What narrows the layers asked for: each takes only its own parameters. */
function tileFilter(
  layers: readonly TileLayerName[],
  { at, vacant, week, place }: z.infer<typeof query>,
  seeAll: boolean,
): TileFilter {
  return {
    ...(layers.includes('premises') ? { at, vacantOnly: vacant === '1', seeAll } : {}),
    // The place is looked up when the tile is cut (an unknown one is a 404 then), not per request.
    ...(layers.includes('counters') ? { week, place } : {}),
  };
}

/**
 * Mapbox Vector Tiles cut from the stored geometries: `/api/tiles/<layer>/<z>/<x>/<y>.mvt`.
 * Sent gzip'd with a strong ETag; a browser revalidates (`no-cache`) and gets a 304 while the
 * data is unchanged, so repeat views cost a round trip and no bytes. An empty tile is a 204.
 */
export function tileRoutes(db: Db) {
  return new Hono<AppEnv>().get('/:layer/:z/:x/:y', validate('param', params), validate('query', query), async (c) => {
    const { layer: layers, ...address } = c.req.valid('param');
    const problem = tileAddressProblem(address);
    if (problem) throw new ApiError(400, 'invalid_request', problem);
    const filter = tileFilter(layers, c.req.valid('query'), c.get('user')?.role === 'planner');
    const key = `${layers.join('+')}/${address.z}/${address.x}/${address.y}?${JSON.stringify(filter)}`;
    const tile = await cachedTile(db, layers, key, async () => packTile(await cutTile(db, layers, address, filter)));
    c.header('Cache-Control', cacheControl(layers));
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
      return c.body(tile.gzipped);
    }
    return c.body(new Uint8Array(gunzipSync(tile.gzipped)));
  });
}
