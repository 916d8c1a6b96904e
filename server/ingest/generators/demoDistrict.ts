import type { Geometry, Polygon } from 'geojson';

/**
 * A demo BID district with its plan: what the seed generates (and marks generated) in a
 * place so the district tabs have something to show. Every id is the place's own.
 */
export interface DemoDistrict {
  district: { id: string; name: string; type: 'city-centre'; note: string; geometry: Polygon };
  /** Who pays the other half of each action, beside the property owners. */
  municipalityParty: string;
  pots: readonly { id: string; kind: 'investment' | 'operating'; year: number; budgetSek: number }[];
  vision: string;
  goals: readonly {
    id: string;
    title: string;
    indicator: string;
    baseline: number;
    target: number;
    targetDate: string;
  }[];
  actions: readonly DemoAction[];
  walk: { id: string; title: string; walkedOn: string };
  observations: readonly {
    id: string;
    focusArea: string;
    verdict: 'good' | 'problem';
    text: string;
    lon: number;
    lat: number;
  }[];
  /** Zones of a Cityindex-style turnover series: rough outlines of real parts of the centre. */
  indexZones: readonly { id: string; name: string; geometry: Polygon; trend: number }[];
}

export interface DemoAction {
  id: string;
  title: string;
  description: string;
  focusArea: 'place-brand' | 'offering' | 'place' | 'accessibility' | 'clean-safe';
  status: 'idea' | 'planned' | 'ongoing' | 'done' | 'cancelled';
  priority: number;
  start: string | null;
  end: string | null;
  costSek: number;
  public: boolean;
  publicText: string | null;
  geometry: Geometry | null;
  potId?: string;
}
