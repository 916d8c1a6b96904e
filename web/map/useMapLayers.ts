import { useMemo } from 'react';
import type { Layer } from '@deck.gl/core';
import type * as maplibregl from 'maplibre-gl';
import { useCounters, useDistricts, usePlaceLabels, useStreets } from '../api/queries';
import type { Viewport } from './MapView';
import { MIN_ZOOM, type LayerVisibility, type Selection } from '../selection';
import { districtsLayer } from './layers/districts';
import { useTileOverlays } from './tileOverlays';
import { footfallLabelsLayer, footfallLayer, type FootfallWeek } from './layers/footfall';
import { placeLabelsLayer } from './layers/placeLabels';
import { streetLabels, streetLabelsLayer } from './layers/streetLabels';

/**
 * The map's layers for the visible viewport: parcels and premises as MapLibre vector-tile
 * layers on the map itself, the rest as deck.gl layers in drawing order.
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
  const places = usePlaceLabels(regionBbox);
  const streets = useStreets(visibility.fabric ? regionBbox : null);
  const labels = useMemo(() => streetLabels(streets.data?.features ?? []), [streets.data]);
  const streetNames = zoom >= MIN_ZOOM.streetNames;
  const selectedId = selection?.id ?? null;

  const minorPlaces = zoom >= 12;
  // The counters' size follows the zoom in whole steps, so panning does not rebuild them.
  const counterZoom = Math.round(zoom);
  const layers = useMemo(() => {
    const list: Layer[] = [];
    if (visibility.districts && districts.data) list.push(districtsLayer(districts.data.features));
    if (visibility.footfall && counters.data) {
      list.push(
        footfallLayer(counters.data, selection?.type === 'counter' ? selectedId : null, footfallWeek, counterZoom),
      );
      // Figures only where they can be read apart.
      if (counterZoom >= 14) list.push(footfallLabelsLayer(counters.data, footfallWeek, counterZoom));
    }
    if (places.data) list.push(placeLabelsLayer(places.data.features, minorPlaces));
    if (streetNames && labels.length) list.push(streetLabelsLayer(labels));
    return list;
  }, [
    visibility.districts,
    districts.data,
    visibility.footfall,
    counters.data,
    footfallWeek,
    counterZoom,
    places.data,
    selection?.type,
    selectedId,
    minorPlaces,
    streetNames,
    labels,
  ]);

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
