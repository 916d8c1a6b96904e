import type { Bbox } from '../map/bbox';

/** Every TanStack Query key in one place, so invalidation and caching speak one language. */
export const queryKeys = {
  config: ['config'] as const,
  me: ['auth', 'me'] as const,
  stakeholder: (id: string) => ['stakeholders', id] as const,
  actions: (districtId: string) => ['districts', districtId, 'actions'] as const,
  pots: (districtId: string) => ['districts', districtId, 'pots'] as const,
  plan: (districtId: string) => ['districts', districtId, 'plan'] as const,
  districtParcels: (id: string) => ['districts', id, 'parcels'] as const,
  districtSummary: (id: string) => ['districts', id, 'summary'] as const,
  districtVersions: (id: string) => ['districts', id, 'versions'] as const,
  sources: ['sources'] as const,
  districts: ['districts'] as const,
  parcels: (bbox: Bbox) => ['parcels', 'bbox', bbox.join(',')] as const,
  parcel: (id: string) => ['parcels', 'detail', id] as const,
  premises: (bbox: Bbox, vacantOnly: boolean, at: string | null) => ['premises', 'bbox', bbox.join(','), vacantOnly, at] as const,
  premisesDetail: (id: string) => ['premises', 'detail', id] as const,
  counters: ['footfall', 'counters'] as const,
  places: (bbox: Bbox) => ['basemap', 'place', bbox.join(',')] as const,
};
