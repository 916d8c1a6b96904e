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

/** A counter's circle radius (px) at a zoom: what the circle layer's interpolation draws. */
export function counterRadius(share: number, zoom: number): number {
  const at = (px: number) => Math.max(MIN_RADIUS_PX, share * px);
  const stops = LARGEST_RADIUS_BY_ZOOM;
  if (zoom <= stops[0][0]) return at(stops[0][1]);
  for (let i = 1; i < stops.length; i++) {
    const [z0, px0] = stops[i - 1];
    const [z1, px1] = stops[i];
    if (zoom <= z1) return at(px0) + ((zoom - z0) / (z1 - z0)) * (at(px1) - at(px0));
  }
  return at(stops.at(-1)![1]);
}
