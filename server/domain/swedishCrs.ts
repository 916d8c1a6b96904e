import proj4 from 'proj4';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { mapPositions } from './extent';

/**
 * The coordinate systems Swedish parcel files come in: SWEREF 99 TM (EPSG:3006, national),
 * the twelve SWEREF 99 local zones (EPSG:3007–3018, transverse Mercator at 150 000 m false
 * easting, as municipalities use them), RT90 2.5 gon V (EPSG:3021, the old national grid, with
 * the seven-parameter shift to SWEREF 99) and WGS 84.
 */
const LOCAL_ZONES: Record<number, number> = {
  3007: 12,
  3008: 13.5,
  3009: 15,
  3010: 16.5,
  3011: 18,
  3012: 14.25,
  3013: 15.75,
  3014: 17.25,
  3015: 18.75,
  3016: 20.25,
  3017: 21.75,
  3018: 23.25,
};
proj4.defs('EPSG:3006', '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs');
for (const [code, meridian] of Object.entries(LOCAL_ZONES)) {
  proj4.defs(
    `EPSG:${code}`,
    `+proj=tmerc +lat_0=0 +lon_0=${meridian} +k=1 +x_0=150000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs`,
  );
}
proj4.defs(
  'EPSG:3021',
  '+proj=tmerc +lat_0=0 +lon_0=15.80827777777778 +k=1 +x_0=1500000 +y_0=0 +ellps=bessel +towgs84=414.1,41.3,603.1,-0.855,2.141,-7.023,0 +units=m +no_defs +type=crs',
);

export const SWEDISH_CRS = [4326, 3006, ...Object.keys(LOCAL_ZONES).map(Number), 3021] as const;

export function isKnownCrs(epsg: number): boolean {
  return (SWEDISH_CRS as readonly number[]).includes(epsg);
}

/** A geometry from a Swedish CRS into WGS 84 (7 decimals, about a centimetre). */
export function toWgs84<G extends Geometry>(geometry: G, epsg: number): G {
  if (epsg === 4326) return geometry;
  const transform = proj4(`EPSG:${epsg}`, 'EPSG:4326');
  return mapPositions(geometry, (p) => transform.forward([p[0], p[1]]).map((v) => Math.round(v * 1e7) / 1e7));
}

const toSweref = proj4('EPSG:4326', 'EPSG:3006');

/** Area in m² as a Swedish register states it: planar, in SWEREF 99 TM. Holes subtract. */
export function swerefAreaM2(geometry: Polygon | MultiPolygon): number {
  const ring = (r: Position[]) => {
    const pts = r.map((p) => toSweref.forward([p[0], p[1]]));
    let sum = 0;
    for (let i = 1; i < pts.length; i++) sum += pts[i - 1][0] * pts[i][1] - pts[i][0] * pts[i - 1][1];
    return Math.abs(sum) / 2;
  };
  const polygon = (rings: Position[][]) => ring(rings[0]) - rings.slice(1).reduce((s, r) => s + ring(r), 0);
  return geometry.type === 'Polygon'
    ? polygon(geometry.coordinates)
    : geometry.coordinates.reduce((s, p) => s + polygon(p), 0);
}

/** The EPSG code a CRS name or URN names (`urn:ogc:def:crs:EPSG::3006`, `EPSG:3006`, `CRS84`), or null. */
export function epsgFromName(name: string): number | null {
  if (/CRS84/i.test(name)) return 4326;
  const match = /EPSG(?::{1,2}|\/0\/)(\d{4,5})/i.exec(name);
  return match ? Number(match[1]) : null;
}
