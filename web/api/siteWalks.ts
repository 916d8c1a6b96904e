import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, postForm, unwrap } from './client';
import { queryKeys } from './queryKeys';
import type { FocusArea } from '../../server/domain/actionPlan';

const observations = api.districts[':id'].observations;

export function useWalks(districtId: string) {
  return useQuery({
    queryKey: queryKeys.walks(districtId),
    queryFn: () => unwrap(api.districts[':id'].walks.$get({ param: { id: districtId } })),
  });
}

export function useObservations(
  districtId: string | null,
  filter: { focusArea?: FocusArea; walkId?: string },
  enabled = true,
) {
  return useQuery({
    queryKey: queryKeys.observations(districtId ?? '', filter),
    queryFn: () => unwrap(api.districts[':id'].observations.$get({ param: { id: districtId! }, query: filter })),
    enabled: enabled && districtId !== null,
  });
}

export function useCreateWalk(districtId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (walk: { title: string; walkedOn: string }) =>
      unwrap(api.districts[':id'].walks.$post({ param: { id: districtId }, json: walk })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.walks(districtId) }),
  });
}

/** Multipart, for the optional photo. */
export function useAddObservation(districtId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (form: FormData) =>
      postForm<typeof observations.$post>(observations.$url({ param: { id: districtId } }), form),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.observations(districtId) }),
        client.invalidateQueries({ queryKey: queryKeys.walks(districtId) }),
      ]),
  });
}

export function useObservationToAction(districtId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (observationId: string) =>
      unwrap(
        api.districts[':id'].observations[':observationId'].action.$post({ param: { id: districtId, observationId } }),
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.observations(districtId) }),
        client.invalidateQueries({ queryKey: queryKeys.actions(districtId) }),
      ]),
  });
}
