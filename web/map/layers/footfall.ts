/** One week of the trends tab's playback: the counts that size the circles instead of last week's. */
export interface FootfallWeek {
  week: string;
  counts: Record<string, number | null>;
  max: number;
}

/**
 * The largest circle's radius (px) by zoom: small over a whole town (it must not hide the
 * district), full size on the street; MapLibre interpolates between.
 */
export const LARGEST_RADIUS_BY_ZOOM: readonly (readonly [zoom: number, px: number])[] = [
  [13, 10],
  [16, 30],
];
/** No counter's circle is smaller than this, however few it counted. */
export const MIN_RADIUS_PX = 6;

/**
 * A counter's circle as a share of the largest one's radius: area proportional to the count,
 * so the radius goes with √count (four times the visitors, twice the radius).
 */
export function footfallShare(count: number, maxCount: number): number {
  if (maxCount <= 0 || count <= 0) return 0;
  return Math.sqrt(Math.min(1, count / maxCount));
}
