import type { PremisesKind } from '../../../server/domain/premisesKinds';
import type { EngagementStep } from '../../../server/domain/districts';

export type Rgba = [number, number, number, number];

/** Colours by premises use (a qualitative palette readable on the light base map). */
export const PREMISES_KIND_COLORS: Record<PremisesKind, Rgba> = {
  restaurant: [230, 126, 34, 255],
  cafe: [161, 98, 58, 255],
  bar: [155, 89, 182, 255],
  'fast-food': [241, 196, 15, 255],
  retail: [41, 128, 185, 255],
  service: [26, 188, 156, 255],
  office: [127, 140, 141, 255],
  culture: [232, 67, 147, 255],
  other: [149, 165, 166, 255],
};

/** Vacant premises stand out: strong red with a white ring, whatever their former use. */
export const VACANT_COLOR: Rgba = [214, 39, 40, 255];
export const DISTRICT_LINE: Rgba = [88, 44, 131, 255];
export const DISTRICT_FILL: Rgba = [128, 90, 213, 28];
export const PARCEL_FILL: Rgba = [250, 246, 236, 150];
export const PARCEL_LINE: Rgba = [150, 120, 90, 200];
export const SELECTED: Rgba = [255, 140, 0, 255];
export const FOOTFALL_FILL: Rgba = [0, 128, 128, 170];

/** One colour per focus area, the same on the map, in lists and on the timeline. */
export const FOCUS_AREA_COLORS: Record<'place-brand' | 'offering' | 'place' | 'accessibility' | 'clean-safe', Rgba> = {
  'place-brand': [214, 39, 40, 255],
  offering: [255, 127, 14, 255],
  place: [44, 160, 44, 255],
  accessibility: [31, 119, 180, 255],
  'clean-safe': [148, 103, 189, 255],
};

export function rgbaCss([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${a / 255})`;
}

/** From "only identified" (pale) to "in the steering group" (deep purple). */
export const ENGAGEMENT_COLORS: Record<EngagementStep, Rgba> = {
  identified: [222, 214, 236, 220],
  contacted: [188, 170, 220, 220],
  'letter-of-intent': [150, 120, 200, 230],
  member: [110, 70, 175, 235],
  'steering-group': [70, 30, 130, 240],
};

/** Change against last year as colour: red when turnover fell, green when it grew, stronger the larger. */
export function changeColor(changePercent: number | null): Rgba {
  if (changePercent === null) return [180, 180, 180, 60];
  const strength = Math.min(1, Math.abs(changePercent) / 10);
  const alpha = Math.round(50 + 110 * strength);
  return changePercent >= 0 ? [44, 160, 44, alpha] : [214, 39, 40, alpha];
}
