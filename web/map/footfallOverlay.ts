import { useEffect } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { ExpressionSpecification } from 'maplibre-gl';
import { FOOTFALL_FILL, SELECTED, rgbaCss } from './layers/colors';
import { LARGEST_RADIUS_BY_ZOOM, MIN_RADIUS_PX } from './layers/footfall';
import { LABEL_FONT, LABEL_HALO } from './basemapStyle';
import { setPaints } from './setPaints';
import { useStyleAddition } from './useStyleAddition';

const FIGURE_SIZE = 12;

/**
 * A value that follows a counter's circle radius at the current zoom: MapLibre sizes the circles
 * from each counter's `share` as the map zooms, so zooming never rebuilds the counters' data.
 */
function byRadius(of: (radius: ExpressionSpecification) => ExpressionSpecification): ExpressionSpecification {
  const radiusWhenLargest = (px: number): ExpressionSpecification => [
    'max',
    MIN_RADIUS_PX,
    ['*', ['get', 'share'], px],
  ];
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...LARGEST_RADIUS_BY_ZOOM.flatMap(([zoom, px]) => [zoom, of(radiusWhenLargest(px))]),
  ] as ExpressionSpecification;
}

/** The selected counter ringed in the selection colour, the others in white. */
function selectionStroke(selectedId: string | null) {
  const selected: ExpressionSpecification = ['==', ['get', 'id'], selectedId ?? ''];
  return {
    'circle-stroke-color': ['case', selected, rgbaCss(SELECTED), 'rgba(255, 255, 255, 0.9)'] as ExpressionSpecification,
    'circle-stroke-width': ['case', selected, 3, 1.5] as ExpressionSpecification,
  };
}

/** On the premises' source, whose tiles carry the counters of the same week (useTileOverlays adds it first). */
function addLayer(map: maplibregl.Map) {
  const counters = { source: 'premises', 'source-layer': 'counters' } as const;
  map.addLayer({
    id: 'footfall',
    type: 'circle',
    ...counters,
    paint: {
      'circle-color': rgbaCss(FOOTFALL_FILL),
      'circle-radius': byRadius((radius) => radius),
      // As the selection effect sets it with nothing selected: an equal value is no change to
      // MapLibre, a different one lays the counters' tiles out again.
      ...selectionStroke(null),
    },
  });
  // Each counter's figure below its circle, where the figures can be read apart (zoom 14 on).
  map.addLayer({
    id: 'footfall-figures',
    type: 'symbol',
    ...counters,
    minzoom: 14,
    filter: ['has', 'figure'],
    layout: {
      'text-field': ['get', 'figure'],
      'text-font': LABEL_FONT,
      'text-size': FIGURE_SIZE,
      'text-variable-anchor': ['top'],
      // The figure just below its circle (the offset is in ems of the figure's size).
      'text-radial-offset': byRadius((radius) => ['/', ['+', radius, 3], FIGURE_SIZE]),
      'text-allow-overlap': true,
    },
    paint: { 'text-color': 'rgb(0, 70, 70)', ...LABEL_HALO },
  });
}

/**
 * Footfall counters on the planner's map, drawn by MapLibre from the server's vector tiles
 * (picked as `footfall`): a teal circle per counter whose area follows its visitors in the week
 * shown (the time cursor's, else the last full one), its figure below it, the selected one
 * ringed. They come in the premises' tiles, which follow the time cursor's week.
 */
export function useFootfallOverlay(
  map: maplibregl.Map | null,
  options: { visible: boolean; selectedId: string | null },
) {
  const { visible, selectedId } = options;
  const added = useStyleAddition(map, 'footfall', addLayer);
  useEffect(() => {
    if (!map || !added) return;
    for (const id of ['footfall', 'footfall-figures'])
      map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    setPaints(map, { footfall: selectionStroke(selectedId) });
  }, [map, added, visible, selectedId]);
}
