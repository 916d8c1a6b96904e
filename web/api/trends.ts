import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { queryKeys, type Interval } from './queryKeys';
import { currentPlace } from '../place';

export type FootfallSource = { kind: 'district'; id: string } | { kind: 'counter'; id: string };

/** A counter's or a district's footfall series; a district's answer also carries its change against last year. */
export function useFootfallSeries(source: FootfallSource, from: string, to: string, interval: Interval) {
  return useQuery({
    queryKey:
      source.kind === 'district'
        ? queryKeys.districtFootfall(source.id, from, to, interval)
        : queryKeys.counterCounts(source.id, from, to, interval),
    queryFn: async () => {
      if (source.kind === 'district') {
        const r = await unwrap(
          api.districts[':id'].footfall.$get({ param: { id: source.id }, query: { from, to, interval } }),
        );
        return { series: r.series, changePercent: r.yearOverYear?.changePercent ?? null, counters: r.counters };
      }
      const r = await unwrap(
        api.footfall.counters[':id'].counts.$get({ param: { id: source.id }, query: { from, to, interval } }),
      );
      return { series: r.series, changePercent: undefined, counters: [source.id] };
    },
  });
}

export function useCounterYearOverYear(id: string, from: string, to: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.counterYoy(id, from, to),
    queryFn: () => unwrap(api.footfall.counters[':id'].yoy.$get({ param: { id }, query: { from, to } })),
    enabled,
  });
}

export function useCounterProfile(id: string | null, from: string, to: string) {
  return useQuery({
    queryKey: queryKeys.counterProfile(id ?? '', from, to),
    queryFn: () => unwrap(api.footfall.counters[':id'].profile.$get({ param: { id: id! }, query: { from, to } })),
    enabled: id !== null,
  });
}

export function useDistrictVacancy(districtId: string, from: string, to: string) {
  return useQuery({
    queryKey: queryKeys.districtVacancy(districtId, from, to),
    queryFn: () => unwrap(api.districts[':id'].vacancy.$get({ param: { id: districtId }, query: { from, to } })),
  });
}

/** Turnover index per zone in one month, with the change against last year. */
export function useIndexZones(period: string | null, enabled = true) {
  const place = currentPlace();
  return useQuery({
    queryKey: queryKeys.indexZones(period ?? '', place),
    queryFn: () => unwrap(api.index.zones.$get({ query: { period: period!, ...(place && { place }) } })),
    enabled: enabled && period !== null,
  });
}

const fetchIndexSeries = (id: string) => unwrap(api.index.zones[':id'].series.$get({ param: { id } }));
type SeriesResult = { data?: Awaited<ReturnType<typeof fetchIndexSeries>> };
/** Module-level, so TanStack Query keeps the combined result while nothing changes. */
const allLoaded = (results: SeriesResult[]) =>
  results.every((r) => r.data) ? results.map((r) => r.data!.series) : null;

/** Each zone's monthly series, in the order given; `null` until every one has arrived. */
export function useIndexSeries(zoneIds: string[]) {
  return useQueries({
    queries: zoneIds.map((id) => ({ queryKey: queryKeys.indexSeries(id), queryFn: () => fetchIndexSeries(id) })),
    combine: allLoaded,
  });
}
