import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { queryKeys } from './queryKeys';

export function useCurrentStateReport(districtId: string) {
  return useQuery({
    queryKey: queryKeys.report(districtId, 'current-state'),
    queryFn: () => unwrap(api.districts[':id'].reports['current-state'].$get({ param: { id: districtId } })),
  });
}

export function useYearlyReport(districtId: string, year: number | null) {
  return useQuery({
    queryKey: queryKeys.report(districtId, 'yearly', year),
    queryFn: () =>
      unwrap(
        api.districts[':id'].reports.yearly.$get({
          param: { id: districtId },
          query: year ? { year: String(year) } : {},
        }),
      ),
  });
}
