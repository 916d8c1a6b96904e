import proj4 from 'proj4';
import type { Geometry, Position } from 'geojson';
import { forEachPosition, mapPositions } from './extent';

/** SWEREF 99 TM (EPSG:3006), the national grid in which Swedish municipalities publish parcels. */
proj4.defs('EPSG:3006', '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs');
const toWgs84 = proj4('EPSG:3006', 'EPSG:4326');

export function swerefToWgs84(p: Position): Position {
  const [lon, lat] = toWgs84.forward([p[0], p[1]]);
  return [round7(lon), round7(lat)];
}

export function wgs84ToSweref(p: Position): Position {
  return toWgs84.inverse([p[0], p[1]]);
}

export function geometrySwerefToWgs84<G extends Geometry>(g: G): G {
  return mapPositions(g, swerefToWgs84);
}

/** 7 decimals of a degree is ~1 cm: enough for parcels, and keeps responses small. */
function round7(v: number): number {
  return Math.round(v * 1e7) / 1e7;
}

const SWEREF_CRS_NAMES = /EPSG:{1,2}3006|EPSG\/0\/3006|SWEREF/i;

/**
 * Which CRS a GeoJSON document is in: the legacy `crs` member when present, otherwise the
 * coordinates decide (metre values far beyond ±180 cannot be degrees).
 */
export function detectCrs(
  doc: { crs?: { properties?: { name?: string } } },
  sample: Geometry | null,
): 'EPSG:4326' | 'EPSG:3006' {
  const named = doc.crs?.properties?.name;
  if (named && SWEREF_CRS_NAMES.test(named)) return 'EPSG:3006';
  if (named && /4326|CRS84/i.test(named)) return 'EPSG:4326';
  if (!sample) return 'EPSG:4326';
  let projected = false;
  forEachPosition(sample, (p) => {
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) projected = true;
  });
  return projected ? 'EPSG:3006' : 'EPSG:4326';
}
