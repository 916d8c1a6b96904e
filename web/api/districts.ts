import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { MultiPolygon, Polygon } from 'geojson';
import { api, basedOn, unwrap } from './client';
import { queryKeys } from './queryKeys';
import type { DistrictType } from '../../server/domain/districts';

export function useDistrictParcels(id: string | null) {
  return useQuery({
    queryKey: queryKeys.districtParcels(id ?? ''),
    queryFn: () => unwrap(api.districts[':id'].parcels.$get({ param: { id: id! } })),
    enabled: id !== null,
  });
}

export function useDistrictSummary(id: string | null) {
  return useQuery({
    queryKey: queryKeys.districtSummary(id ?? ''),
    queryFn: () => unwrap(api.districts[':id'].summary.$get({ param: { id: id! } })),
    enabled: id !== null,
  });
}

export function useDistrictVersions(id: string | null) {
  return useQuery({
    queryKey: queryKeys.districtVersions(id ?? ''),
    queryFn: () => unwrap(api.districts[':id'].versions.$get({ param: { id: id! } })),
    enabled: id !== null,
  });
}

type Boundary = Polygon | MultiPolygon;

/**
 * What a boundary being drawn would hold (parcels, owners, premises), asked once the shape has
 * rested for a moment; the last figures stay while the next are counted.
 */
export function useBoundaryPreview(boundary: Polygon | null) {
  const [rested, setRested] = useState<Polygon | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setRested(boundary), 400);
    return () => clearTimeout(timer);
  }, [boundary]);
  const query = useQuery({
    queryKey: queryKeys.boundaryPreview(rested),
    queryFn: () => unwrap(api.districts.preview.summary.$post({ json: { geometry: rested! } })),
    enabled: rested !== null && rested.coordinates[0].length >= 4,
    placeholderData: keepPreviousData,
    retry: false,
  });
  // The figures shown are still the previous shape's while the boundary moves or the count runs.
  const updating = rested !== boundary || query.isFetching || query.isPlaceholderData;
  return { data: query.data, updating };
}

/** Saving a boundary changes the district list and everything derived from the district. */
function useInvalidateDistrict() {
  const client = useQueryClient();
  return (id: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.districts }),
      client.invalidateQueries({ queryKey: queryKeys.district(id) }),
    ]);
}

export function useCreateDistrict() {
  const invalidate = useInvalidateDistrict();
  return useMutation({
    mutationFn: (input: { name: string; type: DistrictType; geometry: Boundary; note?: string }) =>
      unwrap(api.districts.$post({ json: input })),
    onSuccess: (created) => invalidate(created.id),
  });
}

export function useSaveBoundary() {
  const invalidate = useInvalidateDistrict();
  return useMutation({
    mutationFn: (input: { id: string; geometry: Boundary; note?: string; version?: number }) =>
      unwrap(
        api.districts[':id'].boundary.$put(
          { param: { id: input.id }, json: { geometry: input.geometry, note: input.note } },
          basedOn(input.version),
        ),
      ),
    onSuccess: (saved) => invalidate(saved.id),
  });
}
