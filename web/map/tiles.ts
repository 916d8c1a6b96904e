import type { VectorSourceSpecification } from 'maplibre-gl';

/** The vector-tile layers the server cuts (`/api/tiles/<layer>/…`), as the map knows them. */
export type TileLayerName = 'land' | 'buildings' | 'streets' | 'parcels' | 'premises' | 'districts';

/** Each layer's zooms: the server cuts from `minzoom`; beyond `maxzoom` MapLibre over-zooms. */
const ZOOMS: Record<TileLayerName, { minzoom: number; maxzoom: number }> = {
  land: { minzoom: 0, maxzoom: 14 },
  buildings: { minzoom: 13, maxzoom: 16 },
  streets: { minzoom: 10, maxzoom: 16 },
  parcels: { minzoom: 13, maxzoom: 16 },
  premises: { minzoom: 12, maxzoom: 16 },
  districts: { minzoom: 8, maxzoom: 16 },
};

/** A vector source of one of the server's tile layers; `query` narrows it (premises by date). */
export function tileSource(
  origin: string,
  layer: TileLayerName,
  query: Record<string, string> = {},
  attribution?: string,
): VectorSourceSpecification {
  const search = new URLSearchParams(query).toString();
  return {
    type: 'vector',
    tiles: [`${origin}/api/tiles/${layer}/{z}/{x}/{y}.mvt${search ? `?${search}` : ''}`],
    ...ZOOMS[layer],
    ...(attribution ? { attribution } : {}),
  };
}

/**
 * The same layers read from one PMTiles archive (the static public export): one source whose
 * tiles hold every layer, each as its own source-layer.
 */
export function archiveSource(url: string, attribution?: string): VectorSourceSpecification {
  return { type: 'vector', url: `pmtiles://${url}`, ...(attribution ? { attribution } : {}) };
}
