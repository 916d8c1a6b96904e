import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, basedOn, unwrap } from './client';
import { queryKeys } from './queryKeys';

export function useStakeholder(id: string | null) {
  return useQuery({
    queryKey: queryKeys.stakeholder(id ?? ''),
    queryFn: () => unwrap(api.stakeholders[':id'].$get({ param: { id: id! } })),
    enabled: id !== null,
  });
}

/** Any stakeholder change can show up in parcels, districts and CSVs: refresh them all. */
function useRefreshAfterWrite() {
  const client = useQueryClient();
  return () =>
    Promise.all(
      [queryKeys.stakeholders, queryKeys.allParcels, queryKeys.districts].map((queryKey) =>
        client.invalidateQueries({ queryKey }),
      ),
    );
}

export function useUpdateStakeholder(id: string) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: ({
      version,
      ...changes
    }: {
      engagementStep?: 'identified' | 'contacted' | 'letter-of-intent' | 'member' | 'steering-group';
      name?: string;
      email?: string | null;
      phone?: string | null;
      version?: number;
    }) => unwrap(api.stakeholders[':id'].$patch({ param: { id }, json: changes }, basedOn(version))),
    onSuccess: refresh,
  });
}

export function useAddContact(id: string) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: (contact: {
      date: string;
      channel: 'meeting' | 'phone' | 'email' | 'letter' | 'site-visit' | 'other';
      note: string;
    }) => unwrap(api.stakeholders[':id'].contacts.$post({ param: { id }, json: contact })),
    onSuccess: refresh,
  });
}

/** Creates a stakeholder and makes it an owner of the parcel with the given share. */
export function useAddOwner(parcelId: string) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (input: {
      name: string;
      kind: 'property-owner' | 'association' | 'municipality-department';
      orgNumber?: string;
      isPrivatePerson: boolean;
      share: number;
    }) => {
      const created = await unwrap(
        api.stakeholders.$post({
          json: {
            name: input.name,
            kind: input.kind,
            orgNumber: input.orgNumber || null,
            isPrivatePerson: input.isPrivatePerson,
          },
        }),
      );
      const id = (created as { id: string }).id;
      try {
        await unwrap(
          api.stakeholders[':id'].parcels[':parcelId'].$put({ param: { id, parcelId }, json: { share: input.share } }),
        );
      } catch (error) {
        // The link was refused (shares over 100 %): do not leave an orphan stakeholder behind.
        await api.stakeholders[':id'].$delete({ param: { id } });
        throw error;
      }
      return created;
    },
    onSuccess: refresh,
  });
}
