import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, basedOn, postForm, unwrap } from './client';
import { queryKeys } from './queryKeys';
import { setCsrfToken } from './csrf';

/** "Mina fastigheter": the signed-in owner's parcels, premises and the actions near them. */
export function useOwnerOverview(enabled = true) {
  return useQuery({ queryKey: queryKeys.ownerOverview, queryFn: () => unwrap(api.me.overview.$get()), enabled });
}

/** A status or listing change shows in the owner's list, on the map and in every district figure. */
function useRefreshAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}

export function useReportPremisesStatus(premisesId: string) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (body: { status: 'vacant' | 'occupied'; date: string }) =>
      unwrap(api.me.premises[':id'].status.$post({ param: { id: premisesId }, json: body })),
    onSuccess: refresh,
  });
}

/** Takes back the owner's own latest status report (within 24 hours). */
export function useUndoStatusReport(premisesId: string) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: () => unwrap(api.me.premises[':id'].status.undo.$post({ param: { id: premisesId } })),
    onSuccess: refresh,
  });
}

export function usePublishListing(premisesId: string) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({ version, ...listing }: { text: string; contact: string; version?: number }) =>
      unwrap(api.me.premises[':id'].listing.$put({ param: { id: premisesId }, json: listing }, basedOn(version))),
    onSuccess: refresh,
  });
}

/** The listing's photo (shown on the public map with it): multipart, through the typed route. */
export function useUploadListingPhoto(premisesId: string) {
  const refresh = useRefreshAll();
  const route = api.me.premises[':id'].listing.photo;
  return useMutation({
    mutationFn: (photo: File) => {
      const form = new FormData();
      form.set('photo', photo);
      return postForm<typeof route.$post>(route.$url({ param: { id: premisesId } }), form);
    },
    onSuccess: refresh,
  });
}

export function useOwnerActionDistance() {
  return useQuery({
    queryKey: queryKeys.ownerActionDistance,
    queryFn: () => unwrap(api.settings['owner-action-distance'].$get()),
  });
}

export function useSaveOwnerActionDistance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ meters, version }: { meters: number; version?: number }) =>
      unwrap(api.settings['owner-action-distance'].$put({ json: { meters } }, basedOn(version))),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.ownerActionDistance }),
  });
}

export function useInviteOwner(stakeholderId: string) {
  return useMutation({
    mutationFn: (invite: { email: string; name: string }) =>
      unwrap(api.invites.$post({ json: { ...invite, stakeholderId } })),
  });
}

/** Accepting creates the owner's account and signs them in. */
/** What the invitation says: who invites, for which company, the login e-mail, whether it still works. */
export function useInvite(token: string) {
  return useQuery({
    queryKey: queryKeys.invite(token),
    queryFn: () => unwrap(api.invites[':token'].$get({ param: { token } })),
    retry: false,
  });
}

export function useAcceptInvite(token: string) {
  return useMutation({
    mutationFn: (password: string) => unwrap(api.invites.accept.$post({ json: { token, password } })),
    onSuccess: (result) => setCsrfToken(result.csrfToken),
  });
}
