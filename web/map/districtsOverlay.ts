import { useEffect } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { DistrictCollection } from '../api/client';
import { DISTRICT_FILL, DISTRICT_LINE, rgbaCss } from './layers/colors';
import { toGeoJson } from './layers/geojson';
import { useStyleAddition } from './useStyleAddition';
import { fewFeaturesSource } from './fewFeaturesSource';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function addLayers(map: maplibregl.Map) {
  map.addSource('districts', fewFeaturesSource());
  // Beneath the premises, so their dots stay clickable inside a district.
  const below = map.getLayer('premises') ? 'premises' : undefined;
  map.addLayer(
    {
      id: 'districts-fill',
      type: 'fill',
      source: 'districts',
      // districts-line draws the edge.
      paint: { 'fill-color': rgbaCss(DISTRICT_FILL), 'fill-antialias': false },
    },
    below,
  );
  map.addLayer(
    {
      id: 'districts-line',
      type: 'line',
      source: 'districts',
      layout: { 'line-join': 'round' },
      // Solid, not dashed: MapLibre draws dashes with a shader of their own, and on a machine that
      // draws in software (the headless benchmark here, a virtual desktop) the dashed outline
      // alone cost the planner's first map ~14 % of its GPU time (measured, paired runs).
      paint: { 'line-color': rgbaCss(DISTRICT_LINE), 'line-width': 3 },
    },
    below,
  );
}

/**
 * District boundaries on the planner's map, drawn by MapLibre itself: a faint fill and a solid
 * outline. Not picked, so a click inside a district reaches the parcel or premises beneath.
 */
export function useDistrictsOverlay(
  map: maplibregl.Map | null,
  districts: DistrictCollection['features'] | undefined,
  visible: boolean,
) {
  const added = useStyleAddition(map, 'districts', addLayers);
  useEffect(() => {
    if (!map || !added) return;
    map.getSource<GeoJSONSource>('districts')!.setData(districts ? toGeoJson(districts) : EMPTY);
  }, [map, added, districts]);
  useEffect(() => {
    if (!map || !added) return;
    for (const id of ['districts-fill', 'districts-line'])
      map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }, [map, added, visible]);
}
