import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import type { Feature } from 'geojson';
import type { TileAddress } from './tileMath';
import { shapeAsFeature, smallPolygonsLayer, type WkbShape } from './smallPolygonsLayer';

export const TILE_EXTENT = 4096;
/** Of the tile's 4096 units, how far features reach beyond its edge (geojson-vt's default). */
export const TILE_BUFFER = 64;

/** What a layer of a tile is made from: GeoJSON features, or small polygons as stored. */
export type LayerFeatures = Feature[] | { smallPolygons: WkbShape[] };

/**
 * One Mapbox Vector Tile (version 2) from features in WGS 84; null when no layer has anything in
 * it. Small polygons are written straight from their WKB (smallPolygonsLayer); the rest, and
 * small polygons that reach too far, are clipped to the tile plus its buffer by geojson-vt.
 * A tile is its layers one after another, so each layer is written on its own and joined.
 */
export function encodeTile(layers: Record<string, LayerFeatures>, address: TileAddress): Uint8Array | null {
  const written: Uint8Array[] = [];
  for (const [name, input] of Object.entries(layers)) {
    const layer =
      'smallPolygons' in input
        ? (smallPolygonsLayer(name, input.smallPolygons, address, TILE_EXTENT) ??
          geojsonVtLayer(name, input.smallPolygons.map(shapeAsFeature), address))
        : geojsonVtLayer(name, input, address);
    if (layer.length > 0) written.push(layer);
  }
  if (written.length === 0) return null;
  return written.length === 1 ? written[0] : Buffer.concat(written);
}

/**
 * One layer clipped and encoded by geojson-vt and vt-pbf. The index is built for this one tile
 * (`indexMaxZoom: 0`): geojson-vt then only splits the path from the world tile down to it.
 */
function geojsonVtLayer(name: string, features: Feature[], { z, x, y }: TileAddress): Uint8Array {
  if (features.length === 0) return new Uint8Array(0);
  const index = new GeoJSONVT(
    { type: 'FeatureCollection', features },
    { maxZoom: z, indexMaxZoom: 0, extent: TILE_EXTENT, buffer: TILE_BUFFER, promoteId: null },
  );
  const tile = index.getTile(z, x, y);
  if (!tile || tile.features.length === 0) return new Uint8Array(0);
  return fromGeojsonVt({ [name]: tile }, { version: 2, extent: TILE_EXTENT });
}
