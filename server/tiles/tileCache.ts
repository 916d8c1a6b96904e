import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { ClientGone, throwIfClientGone, type Db } from '../store/db';
import type { TileLayerName } from './tileLayers';

export interface CachedTile {
  /** The tile, gzip'd: that is how it is sent and kept (and sent as it is, not copied). */
  gzipped: NonSharedBuffer;
  /** Strong ETag from the content: a browser's copy stays valid across restarts and re-cuts. */
  etag: string;
}

/** Tiles kept per database, by gzip'd size; a city centre's tiles at every zoom fit many times. */
const MAX_BYTES = 64 * 1024 * 1024;

interface Store {
  entries: Map<string, { layers: readonly TileLayerName[]; bytes: number; tile: Promise<CachedTile | null> }>;
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
  layers: readonly TileLayerName[],
  key: string,
  cut: () => Promise<CachedTile | null>,
): Promise<CachedTile | null> {
  const store = storeOf(db);
  const hit = store.entries.get(key);
  if (hit) {
    store.entries.delete(key);
    store.entries.set(key, hit);
    return cutAgainIfAbandoned(hit.tile, () => cachedTile(db, layers, key, cut));
  }
  const entry = { layers, bytes: 0, tile: cut() };
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
  return cutAgainIfAbandoned(entry.tile, () => cachedTile(db, layers, key, cut));
}

/**
 * A cut is shared by every request for the tile while it runs, and abandoned if the client that
 * started it leaves; the others (still there) start it again rather than fail.
 */
function cutAgainIfAbandoned<T>(tile: Promise<T>, again: () => Promise<T>): Promise<T> {
  return tile.catch((error: unknown) => {
    if (!(error instanceof ClientGone)) throw error;
    throwIfClientGone();
    return again();
  });
}

/** After a write: the layers' tiles are cut again on their next request. */
export function forgetTiles(db: Db, layers: readonly TileLayerName[]): void {
  const store = stores.get(db);
  if (!store) return;
  for (const [key, entry] of store.entries) {
    if (!entry.layers.some((layer) => layers.includes(layer))) continue;
    store.entries.delete(key);
    store.bytes -= entry.bytes;
  }
}
