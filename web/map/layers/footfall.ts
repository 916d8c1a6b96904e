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
