import { useEffect, useState } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { whenLoaded } from './mapLoaded';

/**
 * Adds a page's own sources and layers to the map once its style has loaded (`add` runs only if
 * `id`, a source or layer it adds, is not there yet) and says when they are there, so the effects
 * that keep them in step with the page's data can run. `add` should be a module-level function
 * (one addition per map).
 */
export function useStyleAddition(map: maplibregl.Map | null, id: string, add: (map: maplibregl.Map) => void) {
  const [added, setAdded] = useState(false);
  useEffect(() => {
    if (!map) return;
    whenLoaded(map, () => {
      if (!map.getSource(id) && !map.getLayer(id)) add(map);
      setAdded(true);
    });
  }, [map, id, add]);
  return added;
}
