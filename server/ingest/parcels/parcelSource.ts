import type { Geometry } from 'geojson';

/** Parcels as a file holds them: attributes and geometry in the file's own CRS. */
export interface ParcelSource {
  format: string;
  /** EPSG code the file declares (or that its coordinates show). */
  epsg: number;
  features: { properties: Record<string, unknown>; geometry: Geometry | null }[];
}

/** Attribute names municipalities and Lantmäteriet use for the designation (fastighetsbeteckning). */
export const DESIGNATION_FIELDS = [
  'fastighetsbeteckning',
  'FASTIGHETSBETECKNING',
  'Fastighetsbeteckning',
  'fastighet',
  'FASTIGHET',
  'Fastighet',
  'beteckning',
  'BETECKNING',
  'Beteckning',
  'fnr_fds',
  'FNR_FDS',
  'fastbet',
  'FASTBET',
  'designation',
  'name',
];

/** The designation attribute: the one asked for, else the first usual name present. */
export function guessDesignationField(source: ParcelSource, asked?: string): string | null {
  const names = new Set(source.features.flatMap((f) => Object.keys(f.properties)));
  if (asked) return names.has(asked) ? asked : null;
  return DESIGNATION_FIELDS.find((f) => names.has(f)) ?? null;
}
