/**
 * A counter's circle as a share of the largest one's radius: area proportional to the count,
 * so the radius goes with √count (four times the visitors, twice the radius).
 */
export function footfallShare(count: number, maxCount: number): number {
  if (maxCount <= 0 || count <= 0) return 0;
  return Math.sqrt(Math.min(1, count / maxCount));
}
