import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type InferRequestJson } from './client';
import { queryKeys } from './queryKeys';
import { currentPlace } from '../place';

const placeQuery = () => {
  const place = currentPlace();
  return place ? { place } : {};
};

/** The current place's events in [from, to), its own and those of every place. */
export function useEvents(from: string, to: string) {
  const place = currentPlace();
  return useQuery({
    queryKey: queryKeys.eventsBetween(from, to, place),
    queryFn: () => unwrap(api.events.$get({ query: { from, to, ...placeQuery() } })),
  });
}

export function useAddEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (event: InferRequestJson<typeof api.events.$post>) =>
      unwrap(api.events.$post({ query: placeQuery(), json: event })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.events }),
  });
}

export function useDeleteEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.events[':id'].$delete({ param: { id } })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.events }),
  });
}
