import type { Extent } from '../geo/extent';

/** SQL for "extent columns overlap the bbox", with named parameters from `extentParams`. */
export function extentOverlaps(alias: string): string {
  return `${alias}.max_x >= $minX AND ${alias}.min_x <= $maxX AND ${alias}.max_y >= $minY AND ${alias}.min_y <= $maxY`;
}

export function extentParams([minX, minY, maxX, maxY]: Extent) {
  return { minX, minY, maxX, maxY };
}
