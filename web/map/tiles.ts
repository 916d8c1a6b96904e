import type { VectorSourceSpecification } from 'maplibre-gl';

/** The vector-tile layers the server cuts (`/api/tiles/<layer>/…`), as the map knows them. */
export type TileLayerName =
  'land' | 'buildings' | 'streets' | 'places' | 'parcels' | 'premises' | 'districts' | 'counters';

/** Each layer's zooms: the server cuts from `minzoom`; beyond `maxzoom` MapLibre over-zooms. */
const ZOOMS: Record<TileLayerName, { minzoom: number; maxzoom: number }> = {
  land: { minzoom: 0, maxzoom: 14 },
  buildings: { minzoom: 13, maxzoom: 16 },
  streets: { minzoom: 10, maxzoom: 16 },
  places: { minzoom: 0, maxzoom: 16 },
  parcels: { minzoom: 14, maxzoom: 16 },
  premises: { minzoom: 12, maxzoom: 16 },
  districts: { minzoom: 8, maxzoom: 16 },
  counters: { minzoom: 0, maxzoom: 16 },
};

/**
 * A vector source of the server's tile layers: one layer, or several cut into each tile as a
 * source-layer each (one request and one tile for the map's worker instead of one per layer).
 * `query` narrows them (premises by date, counters by week).
 */
export function tileSource(
  origin: string,
  layers: TileLayerName | readonly TileLayerName[],
  query: Record<string, string> = {},
  attribution?: string,
): VectorSourceSpecification {
  const names = typeof layers === 'string' ? [layers] : layers;
  const search = new URLSearchParams(query).toString();
  return {
    type: 'vector',
    tiles: [`${origin}/api/tiles/${names.join('+')}/{z}/{x}/{y}.mvt${search ? `?${search}` : ''}`],
    minzoom: Math.min(...names.map((name) => ZOOMS[name].minzoom)),
    maxzoom: Math.max(...names.map((name) => ZOOMS[name].maxzoom)),
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
