/**
 * The workspace in the address: `?d=<district>&tab=trends&t=2026-W07&sel=parcel:<id>`, the map's
 * view in the hash (`#zoom/lat/lon`, kept by MapLibre). A link in an e-mail opens the same picture.
 */
import type { Selection } from '../selection';
import { mondayOfWeekParam, weekParam } from './timeline';

export const DISTRICT_TABS = ['overview', 'register', 'plan', 'goals', 'trends', 'process'] as const;
export type DistrictTab = (typeof DISTRICT_TABS)[number];
const SELECTION_TYPES = ['parcel', 'premises', 'counter', 'stakeholder'] as const;

export interface UrlState {
  districtId: string | null;
  tab: DistrictTab;
  /** Monday of the time cursor's week; null for the latest. */
  week: string | null;
  selection: Selection;
}

export function readUrlState(search = window.location.search): UrlState {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const [type, ...id] = (params.get('sel') ?? '').split(':');
  const selectionType = SELECTION_TYPES.find((t) => t === type);
  return {
    districtId: params.get('d') || null,
    tab: DISTRICT_TABS.find((t) => t === tab) ?? 'overview',
    week: mondayOfWeekParam(params.get('t') ?? ''),
    selection: selectionType && id.length ? { type: selectionType, id: id.join(':') } : null,
  };
}

/** Rewrites the query of the current address (not a new history entry), keeping path, other parameters and hash. */
export function writeUrlState(state: UrlState): void {
  const url = new URL(window.location.href);
  const set = (key: string, value: string | null) =>
    value === null ? url.searchParams.delete(key) : url.searchParams.set(key, value);
  set('d', state.districtId);
  set('tab', state.districtId && state.tab !== 'overview' ? state.tab : null);
  set('t', state.week ? weekParam(state.week) : null);
  set('sel', state.selection ? `${state.selection.type}:${state.selection.id}` : null);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}
