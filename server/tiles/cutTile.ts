import { throwIfClientGone, type Db } from '../store/db';
import { TILE_LAYERS, type TileFilter, type TileLayerName } from './tileLayers';
import { tileExtent, type TileAddress } from './tileMath';
import { encodeTile, TILE_BUFFER, TILE_EXTENT } from './encodeTile';

/**
 * One vector tile holding the given layers, each as its own source-layer, cut from the
 * database; null when none has anything there (or the zoom is below every layer's smallest).
 */
export async function cutTile(
  db: Db,
  layers: readonly TileLayerName[],
  address: TileAddress,
  filter: TileFilter = {},
): Promise<Uint8Array | null> {
  const extent = tileExtent(address, TILE_BUFFER / TILE_EXTENT);
  const wanted = layers.filter((layer) => address.z >= TILE_LAYERS[layer].minZoom);
  const features = await Promise.all(wanted.map((layer) => TILE_LAYERS[layer].features(db, extent, filter)));
  throwIfClientGone();
  return encodeTile(Object.fromEntries(wanted.map((layer, i) => [layer, features[i]])), address);
}
