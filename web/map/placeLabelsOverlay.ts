import { useEffect } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import { useStyleAddition } from './useStyleAddition';
import { LABEL_FONT, LABEL_HALO } from './basemapStyle';
import { fewFeaturesSource } from './fewFeaturesSource';

/** A named place as the API gives it. */
export interface PlaceLabel {
  geometry: unknown;
  properties: { name?: string | null; kind?: string | null };
}

const major: maplibregl.ExpressionSpecification = ['in', ['get', 'kind'], ['literal', ['city', 'town']]];

function addLayers(map: maplibregl.Map) {
  map.addSource('place-labels', fewFeaturesSource());
  const label = (id: string, filter: maplibregl.FilterSpecification, minzoom: number, size: number) =>
    map.addLayer({
      id,
      type: 'symbol',
      source: 'place-labels',
      minzoom,
      filter,
      layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': size },
      paint: { 'text-color': 'rgba(70, 70, 80, 0.9)', ...LABEL_HALO },
    });
  // Cities and towns always; suburbs and quarters from city zoom (12) inwards.
  label('place-labels-major', major, 0, 18);
  label('place-labels-minor', ['!', major], 12, 14);
}

/**
 * Place names on the map, drawn by MapLibre with the browser's own font (MapLibre renders
 * glyphs locally when the style names no glyph server, so this works offline).
 */
export function usePlaceLabelsOverlay(map: maplibregl.Map | null, places: readonly PlaceLabel[] | undefined) {
  const added = useStyleAddition(map, 'place-labels', addLayers);
  useEffect(() => {
    if (!map || !added || !places) return;
    const named = places.filter((p) => p.properties.name);
    map
      .getSource<GeoJSONSource>('place-labels')!
      .setData({ type: 'FeatureCollection', features: named } as FeatureCollection<Geometry>);
  }, [map, added, places]);
}
