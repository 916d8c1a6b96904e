/** What the user has clicked on the map; the side panel shows it. */
export type Selection = { type: 'parcel' | 'premises' | 'counter' | 'stakeholder'; id: string } | null;

export interface LayerVisibility {
  districts: boolean;
  parcels: boolean;
  premises: boolean;
  vacantOnly: boolean;
  footfall: boolean;
  fabric: boolean;
  /** The turnover index zones: off until asked for, they cover the district in colour. */
  indexZones: boolean;
}

export const DEFAULT_VISIBILITY: LayerVisibility = {
  districts: true,
  parcels: true,
  premises: true,
  vacantOnly: false,
  footfall: true,
  fabric: true,
  indexZones: false,
};

/**
 * Parcels and premises are many and small: draw them only when zoomed in this far. Street names:
 * the main and pedestrian streets' where a whole centre is in view (a phone opens at ~13.5, a
 * laptop at ~15), every other street's closer in.
 */
export const MIN_ZOOM = {
  parcels: 14,
  premises: 13.5,
  premisesKinds: 16,
  mainStreetNames: 13,
  streetNames: 15,
} as const;
