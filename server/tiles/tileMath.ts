import type { Extent } from '../domain/extent';

/** Deepest zoom a tile is cut at; MapLibre over-zooms z16 tiles beyond it. */
export const MAX_TILE_ZOOM = 20;

export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

/** Why a tile address is not on the map, in words; null when it is. */
export function tileAddressProblem({ z, x, y }: TileAddress): string | null {
  if (z > MAX_TILE_ZOOM) return `Zoomnivå ${z} finns inte; högst ${MAX_TILE_ZOOM}. (Zoom out of range.)`;
  const last = 2 ** z - 1;
  if (x > last || y > last)
    return `Rutan ${z}/${x}/${y} ligger utanför kartan: x och y går från 0 till ${last} på zoomnivå ${z}. (Tile out of range.)`;
  return null;
}

const lon = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
const lat = (y: number, z: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;

/**
 * The tile's [west, south, east, north] in WGS 84, grown by `buffer` (a fraction of the tile's
 * side) so that lines and outlines crossing the edge are drawn without a seam.
 */
export function tileExtent({ z, x, y }: TileAddress, buffer = 0): Extent {
  return [lon(x - buffer, z), lat(y + 1 + buffer, z), lon(x + 1 + buffer, z), lat(y - buffer, z)];
}

/** Web Mercator: a longitude as a fraction of the world's width from the antimeridian. */
export const mercatorX = (lon: number) => (lon + 180) / 360;
/** Web Mercator: a latitude as a fraction of the world's height from the top (y down). */
export const mercatorY = (lat: number) => {
  const rad = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
};

const tileX = (lon: number, z: number) => Math.floor(mercatorX(lon) * 2 ** z);
const tileY = (lat: number, z: number) => Math.floor(mercatorY(lat) * 2 ** z);

/** Every tile at zoom `z` that an extent touches. */
export function tilesCovering([west, south, east, north]: Extent, z: number): TileAddress[] {
  const last = 2 ** z - 1;
  const clamp = (v: number) => Math.min(last, Math.max(0, v));
  const tiles: TileAddress[] = [];
  for (let x = clamp(tileX(west, z)); x <= clamp(tileX(east, z)); x++)
    for (let y = clamp(tileY(north, z)); y <= clamp(tileY(south, z)); y++) tiles.push({ z, x, y });
  return tiles;
}
