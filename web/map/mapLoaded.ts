import type * as maplibregl from 'maplibre-gl';

const loaded = new WeakSet<maplibregl.Map>();

/** Call once, right after creating a map: from its `load` event on, `whenLoaded` runs at once. */
export function trackLoad(map: maplibregl.Map): void {
  map.once('load', () => loaded.add(map));
}

/** Whether the map's style has loaded (its `load` event has fired). */
export function hasLoaded(map: maplibregl.Map): boolean {
  return loaded.has(map);
}

/**
 * Runs `work` once the map's style has loaded: now if it has, else on `load`. Not
 * `isStyleLoaded()`, which is false while any tile is loading, and with vector tiles a map
 * that is being panned is always loading some.
 */
export function whenLoaded(map: maplibregl.Map, work: () => void): void {
  if (loaded.has(map)) work();
  else map.once('load', work);
}
