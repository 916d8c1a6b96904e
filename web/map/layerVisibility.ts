import type * as maplibregl from 'maplibre-gl';

/**
 * Shows or hides the map's layers, touching only those whose visibility changes. MapLibre takes
 * any new layout value as a new layout, even 'visible' on a layer that never had one: it then
 * lays out every tile of the layer's source again. At start-up that was every overlay and the
 * base map's buildings and streets, tiles already being parsed, once more each.
 */
export function setLayersVisible(map: maplibregl.Map, ids: readonly string[], visible: boolean) {
  const want = visible ? 'visible' : 'none';
  for (const id of ids) {
    if (!map.getLayer(id)) continue;
    if ((map.getLayoutProperty(id, 'visibility') ?? 'visible') !== want) map.setLayoutProperty(id, 'visibility', want);
  }
}
