import type { Bbox } from '../map/bbox';

export type Interval = 'hour' | 'day' | 'week' | 'month';

/**
 * Every TanStack Query key in one place, so invalidation and caching speak one language.
 * Whatever is derived from one district starts with `['districts', id]`: saving its boundary
 * invalidates that prefix, and with it the summary, parcels, trends and reports.
 */
export const queryKeys = {
  config: (place: string | null) => ['config', place] as const,
  places: ['places'] as const,
  placesOverview: ['places', 'overview'] as const,
  me: ['auth', 'me'] as const,
  ownerOverview: ['me', 'overview'] as const,
  invite: (token: string) => ['invites', token] as const,
  ownerActionDistance: ['settings', 'owner-action-distance'] as const,
  stakeholder: (id: string) => ['stakeholders', id] as const,
  district: (id: string) => ['districts', id] as const,
  actions: (districtId: string) => ['districts', districtId, 'actions'] as const,
  actionUpdates: (districtId: string, actionId: string) =>
    ['districts', districtId, 'actions', actionId, 'updates'] as const,
  pots: (districtId: string) => ['districts', districtId, 'pots'] as const,
  plan: (districtId: string) => ['districts', districtId, 'plan'] as const,
  process: (districtId: string) => ['districts', districtId, 'process'] as const,
  walks: (districtId: string) => ['districts', districtId, 'walks'] as const,
  observations: (districtId: string, filter?: object) =>
    (filter
      ? ['districts', districtId, 'observations', filter]
      : ['districts', districtId, 'observations']) as readonly unknown[],
  districtParcels: (id: string) => ['districts', id, 'parcels'] as const,
  boundaryPreview: (geometry: object | null) => ['boundary-preview', geometry] as const,
  districtSummary: (id: string) => ['districts', id, 'summary'] as const,
  districtVersions: (id: string) => ['districts', id, 'versions'] as const,
  districtFootfall: (id: string, from: string, to: string, interval: Interval) =>
    ['districts', id, 'trends', 'footfall', interval, from, to] as const,
  districtVacancy: (id: string, from: string, to: string) => ['districts', id, 'trends', 'vacancy', from, to] as const,
  report: (districtId: string, kind: 'current-state' | 'yearly', year?: number | null) =>
    ['districts', districtId, 'report', kind, year ?? null] as const,
  counterCounts: (id: string, from: string, to: string, interval: Interval) =>
    ['footfall', 'counters', id, 'counts', interval, from, to] as const,
  counterYoy: (id: string, from: string, to: string) => ['footfall', 'counters', id, 'yoy', from, to] as const,
  counterProfile: (id: string, from: string, to: string) => ['footfall', 'counters', id, 'profile', from, to] as const,
  indexZones: (period: string, place: string | null) => ['index', 'zones', period, place] as const,
  indexSeries: (zoneId: string) => ['index', 'series', zoneId] as const,
  events: ['events'] as const,
  eventsBetween: (from: string, to: string, place: string | null) => ['events', from, to, place] as const,
  publicActions: (place: string | null) => ['public', 'actions', place] as const,
  publicVacancies: (place: string | null) => ['public', 'vacancies', place] as const,
  publicFootfall: (place: string | null) => ['public', 'footfall', place] as const,
  sources: ['sources'] as const,
  districts: ['districts'] as const,
  districtsOf: (place: string | null) => ['districts', 'of', place] as const,
  stakeholders: ['stakeholders'] as const,
  allParcels: ['parcels'] as const,
  parcels: (bbox: Bbox) => ['parcels', 'bbox', bbox.join(',')] as const,
  parcel: (id: string) => ['parcels', 'detail', id] as const,
  premisesDetail: (id: string) => ['premises', 'detail', id] as const,
  counters: ['footfall', 'counters'] as const,
  countersOf: (place: string | null) => ['footfall', 'counters', 'of', place] as const,
};
