import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import type { Feature } from 'geojson';
import type { TileAddress } from './tileMath';

export const TILE_EXTENT = 4096;
/** Of the tile's 4096 units, how far features reach beyond its edge (geojson-vt's default). */
export const TILE_BUFFER = 64;

/**
 * One Mapbox Vector Tile (version 2) from features in WGS 84, clipped to the tile plus its
 * buffer and simplified for its zoom by geojson-vt; null when no layer has anything in it.
 * The index is built for this one tile (`indexMaxZoom: 0`): geojson-vt then only splits the
 * path from the world tile down to it.
 */
export function encodeTile(layers: Record<string, Feature[]>, { z, x, y }: TileAddress): Uint8Array | null {
  const tiles: Record<string, NonNullable<ReturnType<GeoJSONVT['getTile']>>> = {};
  for (const [name, features] of Object.entries(layers)) {
    if (features.length === 0) continue;
    const index = new GeoJSONVT(
      { type: 'FeatureCollection', features },
      { maxZoom: z, indexMaxZoom: 0, extent: TILE_EXTENT, buffer: TILE_BUFFER, promoteId: null },
    );
    const tile = index.getTile(z, x, y);
    if (tile && tile.features.length > 0) tiles[name] = tile;
  }
  if (Object.keys(tiles).length === 0) return null;
  return fromGeojsonVt(tiles, { version: 2, extent: TILE_EXTENT });
}
