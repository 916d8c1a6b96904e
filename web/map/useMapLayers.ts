import type * as maplibregl from 'maplibre-gl';
import { useCounters, useDistricts, usePlaceLabels } from '../api/queries';
import type { Viewport } from './MapView';
import { MIN_ZOOM, type LayerVisibility, type Selection } from '../selection';
import { useDistrictsOverlay } from './districtsOverlay';
import { useFootfallOverlay } from './footfallOverlay';
import { useTileOverlays } from './tileOverlays';
import type { FootfallWeek } from './layers/footfall';
import { usePlaceLabelsOverlay } from './placeLabelsOverlay';

/** MapLibre layers whose features a click or hover picks, and the layer name the page knows them by. */
export const MAP_PICK_LAYERS: Record<string, string> = {
  'parcels-fill': 'parcels',
  premises: 'premises',
  footfall: 'footfall',
};

/**
 * The map's own layers, all drawn by MapLibre: parcels and premises from vector tiles, districts,
 * counters (with their figures) and place names from the API's GeoJSON; street names come with
 * the base map. So the first map loads no deck.gl: it comes with an open district's, the action
 * plan's or an owner's layers (useWorkspaceLayers). Returns what the layer list says about them.
 */
export function useMapLayers(
  map: maplibregl.Map | null,
  viewport: Viewport | null,
  visibility: LayerVisibility,
  selection: Selection,
  regionBbox: [number, number, number, number] | null,
  /** Show premises as they were on this date (the time slider); null for now. */
  statusDate: string | null = null,
  /** Size the footfall circles by this week (the playback); null for the last full week. */
  footfallWeek: FootfallWeek | null = null,
) {
  const zoom = viewport?.zoom ?? 0;
  const districts = useDistricts();
  const { parcelsLoaded } = useTileOverlays(map, {
    parcels: visibility.parcels,
    premises: visibility.premises,
    vacantOnly: visibility.vacantOnly,
    statusDate,
    selectedParcelId: selection?.type === 'parcel' ? selection.id : null,
    selectedPremisesId: selection?.type === 'premises' ? selection.id : null,
  });
  const counters = useCounters();
  useDistrictsOverlay(map, districts.data?.features, visibility.districts);
  useFootfallOverlay(map, counters.data, {
    visible: visibility.footfall,
    selectedId: selection?.type === 'counter' ? selection.id : null,
    week: footfallWeek,
  });
  usePlaceLabelsOverlay(map, usePlaceLabels(regionBbox).data?.features);

  return {
    status: {
      parcelsZoomedOut: visibility.parcels && zoom < MIN_ZOOM.parcels,
      parcelsLoaded,
      lastWeekStart: footfallWeek?.week ?? counters.data?.lastWeekStart ?? null,
      error: [districts, counters].find((q) => q.error)?.error ?? null,
    },
  };
}
