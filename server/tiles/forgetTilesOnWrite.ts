import type { MiddlewareHandler } from 'hono';
import type { Db } from '../store/db';
import { TILE_LAYER_NAMES, type TileLayerName } from './tileLayers';
import { forgetTiles } from './tileCache';

/** Which successful writes change which tile layers. Everything else leaves the tiles as they are. */
const WRITES: [method: RegExp, path: RegExp, layers: readonly TileLayerName[]][] = [
  [/^(POST|PUT|DELETE)$/, /^\/api\/districts(\/[^/]+(\/boundary)?)?$/, ['districts']],
  [/^(POST|PUT)$/, /^\/api\/me\/premises\//, ['premises']],
  [/^POST$/, /^\/api\/(imports|places)(\/|$)/, TILE_LAYER_NAMES],
];

/** Forgets cached tiles after the writes that change them, once the write has committed. */
export function forgetTilesOnWrite(db: Db): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status >= 400) return;
    for (const [method, path, layers] of WRITES) {
      if (method.test(c.req.method) && path.test(c.req.path)) forgetTiles(db, layers);
    }
  };
}
