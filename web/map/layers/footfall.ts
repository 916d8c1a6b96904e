/** One week of the trends tab's playback: the counts that size the circles instead of last week's. */
export interface FootfallWeek {
  week: string;
  counts: Record<string, number | null>;
  max: number;
}

const MAX_RADIUS_PX = 30;
const MIN_RADIUS_PX = 6;

/** Circle area proportional to a count: radius ∝ √count, the largest counter at `maxRadius`. */
export function footfallRadius(count: number, maxCount: number, maxRadius = MAX_RADIUS_PX): number {
  if (maxCount <= 0 || count <= 0) return MIN_RADIUS_PX;
  return Math.max(MIN_RADIUS_PX, maxRadius * Math.sqrt(count / maxCount));
}

/**
 * The largest circle at a zoom: small over a whole town (they must not hide the district),
 * full size on the street.
 */
export function maxFootfallRadius(zoom: number): number {
  return Math.round(Math.min(MAX_RADIUS_PX, Math.max(10, 10 + (zoom - 13) * 7)));
}
