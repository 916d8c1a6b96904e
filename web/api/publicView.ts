import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { queryKeys } from './queryKeys';
import { currentPlace } from '../place';

// The public page is per place: `/p/<place>/public`, the default place without a prefix.
const placeQuery = (place: string | null) => (place ? { place } : {});

export function usePublicActions() {
  const place = currentPlace();
  return useQuery({
    queryKey: queryKeys.publicActions(place),
    queryFn: () => unwrap(api.public.actions.$get({ query: placeQuery(place) })),
  });
}

export function usePublicVacancies() {
  const place = currentPlace();
  return useQuery({
    queryKey: queryKeys.publicVacancies(place),
    queryFn: () => unwrap(api.public.vacancies.$get({ query: placeQuery(place) })),
  });
}

export function usePublicFootfall() {
  const place = currentPlace();
  return useQuery({
    queryKey: queryKeys.publicFootfall(place),
    queryFn: () => unwrap(api.public.footfall.$get({ query: placeQuery(place) })),
  });
}
