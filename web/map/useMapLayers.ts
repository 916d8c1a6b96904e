import { useMemo } from 'react';
import type { Layer } from '@deck.gl/core';
import { useCounters, useDistricts, useParcels, usePlaceLabels, usePremises, useStreets } from '../api/queries';
import { snapBbox } from './bbox';
import type { Viewport } from './MapView';
import { MIN_ZOOM, type LayerVisibility, type Selection } from '../selection';
import { districtsLayer } from './layers/districts';
import { parcelsLayer } from './layers/parcels';
import { premisesLayer } from './layers/premises';
import { footfallLayer, type FootfallWeek } from './layers/footfall';
import { placeLabelsLayer } from './layers/placeLabels';
import { streetLabels, streetLabelsLayer } from './layers/streetLabels';

/** Server state for the visible viewport, turned into deck.gl layers in drawing order. */
export function useMapLayers(
  viewport: Viewport | null,
  visibility: LayerVisibility,
  selection: Selection,
  regionBbox: [number, number, number, number] | null,
  /** Show premises as they were on this date (the time slider); null for now. */
  statusDate: string | null = null,
  /** Size the footfall circles by this week (the playback); null for the last full week. */
  footfallWeek: FootfallWeek | null = null,
) {
  const bbox = viewport ? snapBbox(viewport.bbox) : null;
  const zoom = viewport?.zoom ?? 0;
  const parcelsWanted = visibility.parcels && zoom >= MIN_ZOOM.parcels;
  const premisesWanted = visibility.premises && zoom >= MIN_ZOOM.premises;
  const districts = useDistricts();
  const parcels = useParcels(parcelsWanted ? bbox : null);
  const premises = usePremises(premisesWanted ? bbox : null, visibility.vacantOnly, statusDate);
  const counters = useCounters();
  const places = usePlaceLabels(regionBbox);
  const streets = useStreets(visibility.fabric ? regionBbox : null);
  const labels = useMemo(() => streetLabels(streets.data?.features ?? []), [streets.data]);
  const streetNames = zoom >= MIN_ZOOM.streetNames;
  const selectedId = selection?.id ?? null;

  const minorPlaces = zoom >= 12;
  const layers = useMemo(() => {
    const list: Layer[] = [];
    if (parcelsWanted && parcels.data)
      list.push(parcelsLayer(parcels.data, selection?.type === 'parcel' ? selectedId : null));
    if (visibility.districts && districts.data) list.push(districtsLayer(districts.data.features));
    if (premisesWanted && premises.data)
      list.push(premisesLayer(premises.data, selection?.type === 'premises' ? selectedId : null));
    if (visibility.footfall && counters.data)
      list.push(footfallLayer(counters.data, selection?.type === 'counter' ? selectedId : null, footfallWeek));
    if (places.data) list.push(placeLabelsLayer(places.data.features, minorPlaces));
    if (streetNames && labels.length) list.push(streetLabelsLayer(labels));
    return list;
  }, [
    parcelsWanted,
    parcels.data,
    premisesWanted,
    premises.data,
    visibility.districts,
    districts.data,
    visibility.footfall,
    counters.data,
    footfallWeek,
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
      parcelsZoomedOut: visibility.parcels && !parcelsWanted,
      parcelsTruncated: parcelsWanted && Boolean(parcels.data?.truncated),
      premisesTruncated: premisesWanted && Boolean(premises.data?.truncated),
      parcelsLoaded: parcelsWanted && parcels.isSuccess && !parcels.isPlaceholderData,
      lastWeekStart: footfallWeek?.week ?? counters.data?.lastWeekStart ?? null,
      error: [districts, parcels, premises, counters].find((q) => q.error)?.error ?? null,
    },
  };
}
