import type * as maplibregl from 'maplibre-gl';
import { useConfig, useCounters, useDistricts } from '../api/queries';
import type { Viewport } from './MapView';
import { MIN_ZOOM, type LayerVisibility, type Selection } from '../selection';
import { useDistrictsOverlay } from './districtsOverlay';
import { useFootfallOverlay } from './footfallOverlay';
import { useTileOverlays } from './tileOverlays';

/** MapLibre layers whose features a click or hover picks, and the layer name the page knows them by. */
export const MAP_PICK_LAYERS: Record<string, string> = {
  'parcels-fill': 'parcels',
  premises: 'premises',
  footfall: 'footfall',
};

/**
 * The map's own layers, all drawn by MapLibre from the server's vector tiles, asked for with the
 * base map's: parcels, premises, districts, counters (with their figures) and place names; street
 * names come with the base map. So the first map loads no deck.gl: it comes with an open district's, the action
 * plan's or an owner's layers (useWorkspaceLayers). Returns what the layer list says about them.
 */
export function useMapLayers(
  map: maplibregl.Map | null,
  viewport: Viewport | null,
  visibility: LayerVisibility,
  selection: Selection,
  /**
   * The time cursor's week (its Monday): premises as they were that day, counters sized by that
   * week; null for now and the last full week.
   */
  week: string | null = null,
) {
  const zoom = viewport?.zoom ?? 0;
  const districts = useDistricts();
  const { parcelsLoaded } = useTileOverlays(map, {
    parcels: visibility.parcels,
    premises: visibility.premises,
    vacantOnly: visibility.vacantOnly,
    week,
    place: useConfig().data?.place ?? null,
    selectedParcelId: selection?.type === 'parcel' ? selection.id : null,
    selectedPremisesId: selection?.type === 'premises' ? selection.id : null,
  });
  const counters = useCounters();
  useDistrictsOverlay(map, districts.data?.features, visibility.districts);
  useFootfallOverlay(map, {
    visible: visibility.footfall,
    selectedId: selection?.type === 'counter' ? selection.id : null,
  });

  return {
    status: {
      parcelsZoomedOut: visibility.parcels && zoom < MIN_ZOOM.parcels,
      parcelsLoaded,
      lastWeekStart: week ?? counters.data?.lastWeekStart ?? null,
      error: [districts, counters].find((q) => q.error)?.error ?? null,
    },
  };
}
