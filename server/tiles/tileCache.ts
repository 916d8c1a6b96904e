import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Db } from '../store/db';
import type { TileLayerName } from './tileLayers';

export interface CachedTile {
  /** The tile, gzip'd: that is how it is sent and kept. */
  gzipped: Buffer;
  /** Strong ETag from the content: a browser's copy stays valid across restarts and re-cuts. */
  etag: string;
}

/** Tiles kept per database, by gzip'd size; a city centre's tiles at every zoom fit many times. */
const MAX_BYTES = 64 * 1024 * 1024;

interface Store {
  entries: Map<string, { layer: TileLayerName; bytes: number; tile: Promise<CachedTile | null> }>;
  bytes: number;
}

const stores = new WeakMap<Db, Store>();

function storeOf(db: Db): Store {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = { entries: new Map(), bytes: 0 }));
  return store;
}

export function packTile(mvt: Uint8Array | null): CachedTile | null {
  if (!mvt) return null;
  const gzipped = gzipSync(mvt, { level: 6 });
  const etag = `"${createHash('sha1').update(gzipped).digest('base64url').slice(0, 22)}"`;
  return { gzipped, etag };
}

/**
 * The tile from the cache, or cut once by `cut` however many ask for it at the same moment
 * (the promise is what is kept). Least recently used tiles leave first.
 */
export function cachedTile(
  db: Db,
  layer: TileLayerName,
  key: string,
  cut: () => Promise<CachedTile | null>,
): Promise<CachedTile | null> {
  const store = storeOf(db);
  const hit = store.entries.get(key);
  if (hit) {
    store.entries.delete(key);
    store.entries.set(key, hit);
    return hit.tile;
  }
  const entry = { layer, bytes: 0, tile: cut() };
  store.entries.set(key, entry);
  entry.tile.then(
    (tile) => {
      if (store.entries.get(key) !== entry) return;
      entry.bytes = (tile?.gzipped.length ?? 0) + key.length;
      store.bytes += entry.bytes;
      for (const [oldKey, old] of store.entries) {
        if (store.bytes <= MAX_BYTES) break;
        store.entries.delete(oldKey);
        store.bytes -= old.bytes;
      }
    },
    () => store.entries.get(key) === entry && store.entries.delete(key),
  );
  return entry.tile;
}

/** After a write: the layers' tiles are cut again on their next request. */
export function forgetTiles(db: Db, layers: readonly TileLayerName[]): void {
  const store = stores.get(db);
  if (!store) return;
  for (const [key, entry] of store.entries) {
    if (!layers.includes(entry.layer)) continue;
    store.entries.delete(key);
    store.bytes -= entry.bytes;
  }
}
