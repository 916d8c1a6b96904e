import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { queryKeys } from './queryKeys';
import type { Bbox } from '../map/bbox';

const forever = { staleTime: Infinity } as const;

export const useConfig = () =>
  useQuery({ queryKey: queryKeys.config, queryFn: () => unwrap(api.config.$get()), ...forever });
export const useSources = () =>
  useQuery({ queryKey: queryKeys.sources, queryFn: () => unwrap(api.sources.$get()), ...forever });
export const useDistricts = () =>
  useQuery({ queryKey: queryKeys.districts, queryFn: () => unwrap(api.districts.$get()) });
export const useCounters = () =>
  useQuery({ queryKey: queryKeys.counters, queryFn: () => unwrap(api.footfall.counters.$get()) });

export function useParcels(bbox: Bbox | null) {
  return useQuery({
    queryKey: queryKeys.parcels(bbox ?? [0, 0, 0, 0]),
    queryFn: () => unwrap(api.parcels.$get({ query: { bbox: bbox!.join(',') } })),
    enabled: bbox !== null,
    // Keep the old parcels on screen while the new viewport loads: no flicker when panning.
    placeholderData: keepPreviousData,
  });
}

export function usePremises(bbox: Bbox | null, vacantOnly: boolean, at: string | null = null) {
  return useQuery({
    queryKey: queryKeys.premises(bbox ?? [0, 0, 0, 0], vacantOnly, at),
    queryFn: () =>
      unwrap(
        api.premises.$get({
          query: { bbox: bbox!.join(','), ...(vacantOnly ? { status: 'vacant' as const } : {}), ...(at ? { at } : {}) },
        }),
      ),
    enabled: bbox !== null,
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

/** Place names of the region, for the map's labels. */
export function usePlaces(region: Bbox | null) {
  return useQuery({
    queryKey: queryKeys.places(region ?? [0, 0, 0, 0]),
    queryFn: () =>
      unwrap(api.basemap[':layer'].$get({ param: { layer: 'place' }, query: { bbox: region!.join(',') } })),
    enabled: region !== null,
    ...forever,
  });
}
