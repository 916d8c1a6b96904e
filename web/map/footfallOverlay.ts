import { useEffect, useMemo } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { ExpressionSpecification, GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { CounterCollection } from '../api/client';
import { FOOTFALL_FILL, SELECTED, rgbaCss } from './layers/colors';
import { footfallShare, LARGEST_RADIUS_BY_ZOOM, MIN_RADIUS_PX, type FootfallWeek } from './layers/footfall';
import { useStyleAddition } from './useStyleAddition';
import { LABEL_FONT, LABEL_HALO } from './basemapStyle';
import { formatInteger } from '../i18n/format';
import { fewFeaturesSource } from './fewFeaturesSource';
import { setPaints } from './setPaints';

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

type CounterProperties = CounterCollection['features'][number]['properties'];

function addLayer(map: maplibregl.Map) {
  map.addSource('footfall', fewFeaturesSource());
  map.addLayer({
    id: 'footfall',
    type: 'circle',
    source: 'footfall',
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
    source: 'footfall',
    minzoom: 14,
    filter: ['!=', ['get', 'figure'], ''],
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
 * The counters as circles whose area follows their week's count (the time cursor's week, else
 * the last full one), largest first so a small one is never hidden under a large one.
 */
function counterCircles(
  counters: CounterCollection,
  week: FootfallWeek | null,
): FeatureCollection<Point, CounterProperties & { share: number; figure: string }> {
  const countOf = (p: CounterProperties) => (week ? week.counts[p.id] : p.lastWeekCount);
  const maxCount = week ? week.max : Math.max(0, ...counters.features.map((f) => f.properties.lastWeekCount));
  const features = counters.features
    .map((f) => {
      const count = countOf(f.properties);
      return {
        type: 'Feature' as const,
        geometry: f.geometry as Point,
        properties: {
          ...f.properties,
          share: footfallShare(count ?? 0, maxCount),
          // "12 345" as Swedes group digits; none for a week the counter has no figure for.
          figure: count == null ? '' : formatInteger(count),
        },
      };
    })
    .sort((a, b) => b.properties.share - a.properties.share);
  return { type: 'FeatureCollection', features };
}

/**
 * Footfall counters on the planner's map, drawn by MapLibre itself (picked as `footfall`): a
 * teal circle per counter sized by its visitors, its figure below it, the selected one ringed.
 */
export function useFootfallOverlay(
  map: maplibregl.Map | null,
  counters: CounterCollection | undefined,
  options: { visible: boolean; selectedId: string | null; week: FootfallWeek | null },
) {
  const { visible, selectedId, week } = options;
  const added = useStyleAddition(map, 'footfall', addLayer);
  const circles = useMemo(() => (counters ? counterCircles(counters, week) : null), [counters, week]);
  useEffect(() => {
    if (!map || !added || !circles) return;
    map.getSource<GeoJSONSource>('footfall')!.setData(circles);
  }, [map, added, circles]);
  useEffect(() => {
    if (!map || !added) return;
    for (const id of ['footfall', 'footfall-figures'])
      map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    setPaints(map, { footfall: selectionStroke(selectedId) });
  }, [map, added, visible, selectedId]);
}
