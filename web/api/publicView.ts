import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { queryKeys } from './queryKeys';

export const usePublicActions = () =>
  useQuery({ queryKey: queryKeys.publicActions, queryFn: () => unwrap(api.public.actions.$get()) });
export const usePublicVacancies = () =>
  useQuery({ queryKey: queryKeys.publicVacancies, queryFn: () => unwrap(api.public.vacancies.$get()) });
export const usePublicFootfall = () =>
  useQuery({ queryKey: queryKeys.publicFootfall, queryFn: () => unwrap(api.public.footfall.$get()) });
