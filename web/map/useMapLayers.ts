import { useMemo } from 'react';
import type { Layer } from '@deck.gl/core';
import type * as maplibregl from 'maplibre-gl';
import { useCounters, useDistricts, usePlaceLabels, useStreets } from '../api/queries';
import type { Viewport } from './MapView';
import { MIN_ZOOM, type LayerVisibility, type Selection } from '../selection';
import { useDistrictsOverlay } from './districtsOverlay';
import { useFootfallOverlay } from './footfallOverlay';
import { useTileOverlays } from './tileOverlays';
import { footfallLabelsLayer, type FootfallWeek } from './layers/footfall';
import { placeLabelsLayer } from './layers/placeLabels';
import { streetLabels, streetLabelsLayer } from './layers/streetLabels';

/** MapLibre layers whose features a click or hover picks, and the layer name the page knows them by. */
export const MAP_PICK_LAYERS: Record<string, string> = {
  'parcels-fill': 'parcels',
  premises: 'premises',
  footfall: 'footfall',
};

/**
 * The map's layers for the visible viewport. MapLibre draws what it can on the map itself:
 * parcels and premises from vector tiles, districts and counters from the API's GeoJSON. Only
 * the labels (no glyph server offline) are deck.gl layers, in drawing order.
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
  // The counters' size follows the zoom in whole steps, so panning does not rebuild them.
  const counterZoom = Math.round(zoom);
  useFootfallOverlay(map, counters.data, {
    visible: visibility.footfall,
    selectedId: selection?.type === 'counter' ? selection.id : null,
    week: footfallWeek,
    zoom: counterZoom,
  });
  const places = usePlaceLabels(regionBbox);
  const streets = useStreets(visibility.fabric ? regionBbox : null);
  const labels = useMemo(() => streetLabels(streets.data?.features ?? []), [streets.data]);
  const streetNames = zoom >= MIN_ZOOM.streetNames;

  const minorPlaces = zoom >= 12;
  const layers = useMemo(() => {
    const list: Layer[] = [];
    // Figures only where they can be read apart.
    if (visibility.footfall && counters.data && counterZoom >= 14)
      list.push(footfallLabelsLayer(counters.data, footfallWeek, counterZoom));
    if (places.data) list.push(placeLabelsLayer(places.data.features, minorPlaces));
    if (streetNames && labels.length) list.push(streetLabelsLayer(labels));
    return list;
  }, [visibility.footfall, counters.data, footfallWeek, counterZoom, places.data, minorPlaces, streetNames, labels]);

  return {
    layers,
    status: {
      parcelsZoomedOut: visibility.parcels && zoom < MIN_ZOOM.parcels,
      parcelsLoaded,
      lastWeekStart: footfallWeek?.week ?? counters.data?.lastWeekStart ?? null,
      error: [districts, counters].find((q) => q.error)?.error ?? null,
    },
  };
}
