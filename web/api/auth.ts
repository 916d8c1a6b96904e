import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { queryKeys } from './queryKeys';
import { setCsrfToken } from './csrf';

/** Who is signed in (null when nobody); keeps the CSRF token for writes up to date. */
export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: async () => {
      const me = await unwrap(api.auth.me.$get());
      setCsrfToken(me.csrfToken);
      return me;
    },
    staleTime: 60_000,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      unwrap(api.auth.login.$post({ json: credentials })),
    onSuccess: (result) => {
      setCsrfToken(result.csrfToken);
      // Everything may look different signed in (personal data, edit buttons): refetch it all.
      void client.invalidateQueries();
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.auth.logout.$post()),
    onSuccess: () => {
      setCsrfToken(null);
      void client.invalidateQueries();
    },
  });
}

/** The first planner's account, made through the one-time setup link; signed in at once. */
export function useFirstPlanner(token: string) {
  return useMutation({
    mutationFn: (account: { name: string; email: string; password: string }) =>
      unwrap(api.setup.$post({ json: { token, ...account } })),
    onSuccess: (result) => setCsrfToken(result.csrfToken),
  });
}
