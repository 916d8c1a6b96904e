import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type InferRequestJson } from './client';
import { queryKeys } from './queryKeys';

export function useEvents(from: string, to: string) {
  return useQuery({
    queryKey: queryKeys.eventsBetween(from, to),
    queryFn: () => unwrap(api.events.$get({ query: { from, to } })),
  });
}

export function useAddEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (event: InferRequestJson<typeof api.events.$post>) => unwrap(api.events.$post({ json: event })),
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
