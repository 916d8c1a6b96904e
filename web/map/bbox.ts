export type Bbox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

/**
 * Rounds a viewport outward to a grid (about 100 m at this latitude), so small pans reuse
 * the cached query instead of asking the server again for nearly the same box.
 */
export function snapBbox([minLon, minLat, maxLon, maxLat]: Bbox, step = 0.002): Bbox {
  const down = (v: number) => Math.floor(v / step) * step;
  const up = (v: number) => Math.ceil(v / step) * step;
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  return [r(down(minLon)), r(down(minLat)), r(up(maxLon)), r(up(maxLat))];
}
