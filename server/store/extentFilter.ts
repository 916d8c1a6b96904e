import type { Extent } from '../domain/extent';

/**
 * SQL for "extent columns overlap the bbox". The numbers go in as literals, not parameters:
 * DuckDB pushes constant filters down to row-group statistics, parameters it does not. They
 * are finite numbers by construction (validated at the edge, checked again here), so no
 * text from a request ever reaches the SQL.
 */
export function extentOverlaps(alias: string, extent: Extent): string {
  if (!extent.every(Number.isFinite)) throw new Error('extent must be four finite numbers');
  const [minX, minY, maxX, maxY] = extent.map((v) => v.toString());
  return `${alias}.max_x >= ${minX} AND ${alias}.min_x <= ${maxX} AND ${alias}.max_y >= ${minY} AND ${alias}.min_y <= ${maxY}`;
}

/** SQL for "the point (lon, lat) lies in the bbox", with the same literal rules. */
export function pointInExtent(lon: string, lat: string, extent: Extent): string {
  if (!extent.every(Number.isFinite)) throw new Error('extent must be four finite numbers');
  const [minX, minY, maxX, maxY] = extent.map((v) => v.toString());
  return `${lon} BETWEEN ${minX} AND ${maxX} AND ${lat} BETWEEN ${minY} AND ${maxY}`;
}
