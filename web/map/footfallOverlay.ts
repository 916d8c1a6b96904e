import { useEffect } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { ExpressionSpecification } from 'maplibre-gl';
import { FOOTFALL_FILL, SELECTED, rgbaCss } from './layers/colors';
import { LARGEST_RADIUS_BY_ZOOM, MIN_RADIUS_PX } from './layers/footfall';
import { setPaints } from './setPaints';
import { useStyleAddition } from './useStyleAddition';
import { useFootfallFigures } from './footfallFigures';

/**
 * A counter's circle radius at the current zoom, from its `share`: MapLibre sizes the circles as
 * the map zooms, so zooming never rebuilds the counters' data (counterRadius is the same sum).
 */
const radiusByZoom = [
  'interpolate',
  ['linear'],
  ['zoom'],
  ...LARGEST_RADIUS_BY_ZOOM.flatMap(([zoom, px]) => [zoom, ['max', MIN_RADIUS_PX, ['*', ['get', 'share'], px]]]),
] as unknown as ExpressionSpecification; // an interpolation over a list: TypeScript cannot count its stops

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
      'circle-radius': radiusByZoom,
      // As the selection effect sets it with nothing selected: an equal value is no change to
      // MapLibre, a different one lays the counters' tiles out again.
      ...selectionStroke(null),
    },
  });
}

/**
 * Footfall counters on the planner's map, drawn by MapLibre from the server's vector tiles
 * (picked as `footfall`): a teal circle per counter whose area follows its visitors in the week
 * shown (the time cursor's, else the last full one), its figure below it (footfallFigures), the
 * selected one ringed. They come in the premises' tiles, which follow the time cursor's week.
 */
export function useFootfallOverlay(
  map: maplibregl.Map | null,
  options: { visible: boolean; selectedId: string | null },
) {
  const { visible, selectedId } = options;
  const added = useStyleAddition(map, 'footfall', addLayer);
  useFootfallFigures(map, visible);
  useEffect(() => {
    if (!map || !added) return;
    map.setLayoutProperty('footfall', 'visibility', visible ? 'visible' : 'none');
    setPaints(map, { footfall: selectionStroke(selectedId) });
  }, [map, added, visible, selectedId]);
}
