import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { queryKeys } from './queryKeys';
import type { Bbox } from '../map/bbox';
import { currentPlace } from '../place';

const forever = { staleTime: Infinity } as const;

/** What the page needs to draw the map of the current place (from the address, `/p/<place>/…`). */
function configQuery() {
  const place = currentPlace();
  return {
    queryKey: queryKeys.config(place),
    queryFn: () => unwrap(api.config.$get({ query: place ? { place } : {} })),
    ...forever,
  };
}

export function useConfig() {
  return useQuery(configQuery());
}

type Answer<Q extends { queryFn: () => Promise<unknown> }> = Awaited<ReturnType<Q['queryFn']>>;

/**
 * Every page needs the config first, the planner's the places too: the server puts both inside
 * the page (server/http/appShell.ts); else ask for the config while the page's code loads.
 */
export function loadFirstData(client: QueryClient) {
  const embedded = document.getElementById('platsatlas-first-data')?.textContent;
  if (!embedded) return void client.prefetchQuery(configQuery());
  const first = JSON.parse(embedded) as {
    config: Answer<ReturnType<typeof configQuery>>;
    places?: Answer<typeof placesQuery>;
  };
  client.setQueryData(configQuery().queryKey, first.config);
  if (first.places) client.setQueryData(placesQuery.queryKey, first.places);
}

const placesQuery = { queryKey: queryKeys.places, queryFn: () => unwrap(api.places.$get()), ...forever };
export const usePlaces = () => useQuery(placesQuery);
export const useSources = () =>
  useQuery({ queryKey: queryKeys.sources, queryFn: () => unwrap(api.sources.$get()), ...forever });
/** The districts of the place the page shows. */
export function useDistricts() {
  const place = useConfig().data?.place ?? null;
  return useQuery({
    queryKey: queryKeys.districtsOf(place),
    queryFn: () => unwrap(api.districts.$get({ query: { place: place! } })),
    enabled: place !== null,
  });
}
/**
 * One district, whichever place it lies in: the pages at a district's own address (site walk,
 * reports) are opened from links and must not depend on the place the address names.
 */
export function useDistrict(id: string) {
  const all = useQuery({
    queryKey: queryKeys.districtsOf(null),
    queryFn: () => unwrap(api.districts.$get({ query: {} })),
  });
  return { ...all, data: all.data?.features.find((d) => d.id === id) ?? null };
}
/** The footfall counters of the place the page shows. */
export function useCounters() {
  const place = useConfig().data?.place ?? null;
  return useQuery({
    queryKey: queryKeys.countersOf(place),
    queryFn: () => unwrap(api.footfall.counters.$get({ query: { place: place! } })),
    enabled: place !== null,
  });
}

export function useParcels(bbox: Bbox | null) {
  return useQuery({
    queryKey: queryKeys.parcels(bbox ?? [0, 0, 0, 0]),
    queryFn: () => unwrap(api.parcels.$get({ query: { bbox: bbox!.join(',') } })),
    enabled: bbox !== null,
    // Keep the old parcels on screen while the new viewport loads: no flicker when panning.
    placeholderData: keepPreviousData,
  });
}

export function useParcel(id: string | null) {
  return useQuery({
    queryKey: queryKeys.parcel(id ?? ''),
    queryFn: () => unwrap(api.parcels[':id'].$get({ param: { id: id! } })),
    enabled: id !== null,
  });
}

export function usePremisesDetail(id: string | null) {
  return useQuery({
    queryKey: queryKeys.premisesDetail(id ?? ''),
    queryFn: () => unwrap(api.premises[':id'].$get({ param: { id: id! } })),
    enabled: id !== null,
  });
}

/** Every place's headline figures side by side. */
export const usePlacesOverview = () =>
  useQuery({ queryKey: queryKeys.placesOverview, queryFn: () => unwrap(api.places.overview.$get()) });
