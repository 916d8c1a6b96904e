import { useEffect, useRef } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { DistrictCollection } from '../api/client';
import { DISTRICT_FILL, DISTRICT_LINE, rgbaCss } from './layers/colors';
import { useStyleAddition } from './useStyleAddition';

/** On the parcels' source, whose tiles carry the districts too (useTileOverlays adds it first). */
function addLayers(map: maplibregl.Map) {
  const districts = { source: 'parcels', 'source-layer': 'districts' } as const;
  // Beneath the premises, so their dots stay clickable inside a district.
  const below = map.getLayer('premises') ? 'premises' : undefined;
  map.addLayer(
    {
      id: 'districts-fill',
      type: 'fill',
      ...districts,
      // districts-line draws the edge.
      paint: { 'fill-color': rgbaCss(DISTRICT_FILL), 'fill-antialias': false },
    },
    below,
  );
  map.addLayer(
    {
      id: 'districts-line',
      type: 'line',
      ...districts,
      layout: { 'line-join': 'round' },
      // Solid, not dashed: MapLibre draws dashes with a shader of their own, and on a machine that
      // draws in software (the headless benchmark here, a virtual desktop) the dashed outline
      // alone cost the planner's first map ~14 % of its GPU time (measured, paired runs).
      paint: { 'line-color': rgbaCss(DISTRICT_LINE), 'line-width': 3 },
    },
    below,
  );
}

/** The districts' boundaries as the API lists them, in one string: it changes when one does. */
const boundariesOf = (districts: DistrictCollection['features']) =>
  districts.map((d) => `${d.properties.id}@${d.properties.version}`).join(',');

/**
 * District boundaries on the planner's map, drawn by MapLibre from the server's vector tiles
 * (they come in the parcels' tiles): a faint fill and a solid outline. Not picked, so a click
 * inside a district reaches the parcel or premises beneath.
 */
export function useDistrictsOverlay(
  map: maplibregl.Map | null,
  districts: DistrictCollection['features'] | undefined,
  visible: boolean,
) {
  const added = useStyleAddition(map, 'districts-fill', addLayers);
  // When a district is drawn, moved or removed the API's list changes after the map has drawn
  // the old tiles: ask for them again (they revalidate, and the server has cut them anew).
  const boundaries = districts ? boundariesOf(districts) : null;
  const drawn = useRef(boundaries);
  useEffect(() => {
    if (!map || !added || boundaries === null) return;
    const before = drawn.current;
    drawn.current = boundaries;
    if (before === null || before === boundaries) return;
    const source = map.getSource<maplibregl.VectorTileSource>('parcels')!;
    // The same addresses: setTiles loads them again.
    source.setTiles(source.serialize().tiles!);
  }, [map, added, boundaries]);
  useEffect(() => {
    if (!map || !added) return;
    for (const id of ['districts-fill', 'districts-line'])
      map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }, [map, added, visible]);
}
