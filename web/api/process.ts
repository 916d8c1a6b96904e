import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, postForm, unwrap } from './client';
import { queryKeys } from './queryKeys';

const key = queryKeys.process;
const documents = api.districts[':id'].process.steps[':step'].documents;

export function useProcess(districtId: string) {
  return useQuery({
    queryKey: key(districtId),
    queryFn: () => unwrap(api.districts[':id'].process.$get({ param: { id: districtId } })),
  });
}
export type Process = NonNullable<ReturnType<typeof useProcess>['data']>;

/** Every write answers with the whole process; it replaces the cached one. */
function useProcessWrite<T>(districtId: string, write: (input: T) => Promise<Process>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: (process) => client.setQueryData(key(districtId), process) });
}

export function useSetStartDate(districtId: string) {
  return useProcessWrite(districtId, (startDate: string) =>
    unwrap(api.districts[':id'].process.$put({ param: { id: districtId }, json: { startDate } })),
  );
}

export function useTick(districtId: string) {
  return useProcessWrite(districtId, ({ item, done }: { item: string; done: boolean }) =>
    unwrap(api.districts[':id'].process.checklist[':item'].$put({ param: { id: districtId, item }, json: { done } })),
  );
}

/** A document is a link or a file; both go as one multipart form. */
export function useAddDocument(districtId: string) {
  return useProcessWrite(
    districtId,
    async ({ step, form }: { step: number; form: FormData }) =>
      (await postForm<typeof documents.$post>(documents.$url({ param: { id: districtId, step: String(step) } }), form))
        .process,
  );
}

export function useDeleteDocument(districtId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (docId: string) =>
      unwrap(api.districts[':id'].process.documents[':docId'].$delete({ param: { id: districtId, docId } })),
    onSuccess: () => client.invalidateQueries({ queryKey: key(districtId) }),
  });
}
