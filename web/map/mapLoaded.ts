import type * as maplibregl from 'maplibre-gl';

const loaded = new WeakSet<maplibregl.Map>();

/** Call once, right after creating a map: from its style's load on, `whenLoaded` runs at once. */
export function trackLoad(map: maplibregl.Map): void {
  map.once('style.load', () => loaded.add(map));
}

/** Whether the map's style has loaded (its `style.load` event has fired). */
export function hasLoaded(map: maplibregl.Map): boolean {
  return loaded.has(map);
}

/**
 * Runs `work` once the map's style has loaded: now if it has, else on `style.load`. Not on
 * `load`, which waits for the base map's tiles and first full frame: layers added then load
 * their tiles only after the base map's (seconds later on a slow machine). Not
 * `isStyleLoaded()`, which is false while any tile is loading, and with vector tiles a map
 * that is being panned is always loading some.
 */
export function whenLoaded(map: maplibregl.Map, work: () => void): void {
  if (loaded.has(map)) work();
  else map.once('style.load', work);
}
