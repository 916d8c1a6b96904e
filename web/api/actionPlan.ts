import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, basedOn, postForm, unwrap, type InferRequestJson } from './client';
import { queryKeys } from './queryKeys';

export function useActions(districtId: string | null) {
  return useQuery({
    queryKey: queryKeys.actions(districtId ?? ''),
    queryFn: () => unwrap(api.districts[':id'].actions.$get({ param: { id: districtId! } })),
    enabled: districtId !== null,
  });
}

export function usePots(districtId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.pots(districtId ?? ''),
    queryFn: () => unwrap(api.pots.$get({ query: { districtId: districtId! } })),
    enabled: districtId !== null && enabled,
  });
}

export function usePlan(districtId: string | null) {
  return useQuery({
    queryKey: queryKeys.plan(districtId ?? ''),
    queryFn: () => unwrap(api.districts[':id'].plan.$get({ param: { id: districtId! } })),
    enabled: districtId !== null,
  });
}

export type ActionBody = InferRequestJson<(typeof api.districts)[':id']['actions']['$post']>;

/** Saving an action moves pot balances and the plan: refresh what depends on it. */
function useRefresh(districtId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all(
      [queryKeys.actions(districtId), queryKeys.pots(districtId), queryKeys.plan(districtId)].map((queryKey) =>
        client.invalidateQueries({ queryKey }),
      ),
    );
}

export function useSaveAction(districtId: string) {
  const refresh = useRefresh(districtId);
  return useMutation({
    mutationFn: ({ id, body, version }: { id: string | null; body: ActionBody; version?: number }) =>
      id
        ? unwrap(
            api.districts[':id'].actions[':actionId'].$put(
              { param: { id: districtId, actionId: id }, json: body },
              basedOn(version),
            ),
          )
        : unwrap(api.districts[':id'].actions.$post({ param: { id: districtId }, json: body })),
    onSuccess: refresh,
  });
}

export function useAddGoal(districtId: string) {
  const refresh = useRefresh(districtId);
  return useMutation({
    mutationFn: (goal: InferRequestJson<(typeof api.districts)[':id']['goals']['$post']>) =>
      unwrap(api.districts[':id'].goals.$post({ param: { id: districtId }, json: goal })),
    onSuccess: refresh,
  });
}

export function useSetVision(districtId: string) {
  const refresh = useRefresh(districtId);
  return useMutation({
    mutationFn: ({ vision, version }: { vision: string; version?: number }) =>
      unwrap(api.districts[':id'].plan.vision.$put({ param: { id: districtId }, json: { vision } }, basedOn(version))),
    onSuccess: refresh,
  });
}

export function useSetPotBudget(districtId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, budgetSek, version }: { id: string; budgetSek: number; version?: number }) =>
      unwrap(api.pots[':id'].$put({ param: { id }, json: { budgetSek } }, basedOn(version))),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.pots(districtId) }),
  });
}

export function useAddPot(districtId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (pot: { kind: 'investment' | 'operating'; year: number; budgetSek: number }) =>
      unwrap(api.pots.$post({ json: { districtId, ...pot } })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.pots(districtId) }),
  });
}

const updates = api.districts[':id'].actions[':actionId'].updates;

export function useActionUpdates(districtId: string, actionId: string) {
  return useQuery({
    queryKey: queryKeys.actionUpdates(districtId, actionId),
    queryFn: () => unwrap(updates.$get({ param: { id: districtId, actionId } })),
  });
}

/** A dated progress note with an optional photo: multipart, through the typed route. */
export function useAddActionUpdate(districtId: string, actionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ date, note, photo }: { date: string; note: string; photo: File | null }) => {
      const form = new FormData();
      form.set('date', date);
      form.set('note', note);
      if (photo) form.set('photo', photo);
      return postForm<typeof updates.$post>(updates.$url({ param: { id: districtId, actionId } }), form);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.actionUpdates(districtId, actionId) }),
  });
}
