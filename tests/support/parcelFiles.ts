import proj4 from 'proj4';
import type { Polygon, Position } from 'geojson';
import { createRequire } from 'node:module';
import { zipSync } from 'fflate';
import { geojson as fgb } from 'flatgeobuf';
import { writeGeopackage } from '../../server/ingest/parcels/writeGeopackage';

type ShpWrite = (
  rows: object[],
  type: 'POLYGON',
  geometries: Position[][][],
  done: (error: unknown, files: { shp: DataView; shx: DataView; dbf: DataView }) => void,
) => void;
const writeShapefile = createRequire(import.meta.url)('@mapbox/shp-write/src/write.js') as ShpWrite;

/** The .prj text GIS programs write for each system (ESRI WKT, abridged to what names it). */
const PRJ: Record<number, string> = {
  3006: 'PROJCS["SWEREF99_TM",GEOGCS["GCS_SWEREF99",DATUM["D_SWEREF99",SPHEROID["GRS_1980",6378137.0,298.257222101]]],PROJECTION["Transverse_Mercator"],PARAMETER["Central_Meridian",15.0],UNIT["Meter",1.0]]',
  3011: 'PROJCS["SWEREF99_18_00",GEOGCS["GCS_SWEREF99",DATUM["D_SWEREF99",SPHEROID["GRS_1980",6378137.0,298.257222101]]],PROJECTION["Transverse_Mercator"],PARAMETER["Central_Meridian",18.0],UNIT["Meter",1.0]]',
  3021: 'PROJCS["RT90_25_gon_V",GEOGCS["GCS_RT_1990",DATUM["D_RT_1990",SPHEROID["Bessel_1841",6377397.155,299.1528128]]],PROJECTION["Transverse_Mercator"],UNIT["Meter",1.0]]',
  4326: 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
};
import '../../server/domain/swedishCrs';

/**
 * Parcel files as municipalities deliver them, made from one known set: three 40 × 30 m parcels
 * (1 200 m² each in SWEREF 99 TM) side by side at `lonLat`, named "<quarter> 1" … "<quarter> 3",
 * written as GeoJSON or GeoPackage in any of the Swedish CRSs.
 */
export function parcelFiles(quarter: string, lonLat: [number, number]) {
  const [e0, n0] = proj4('EPSG:4326', 'EPSG:3006', lonLat).map(Math.round);
  const rings: Position[][] = [0, 1, 2].map((i) => {
    const e = e0 + i * 40;
    return [
      [e, n0],
      [e + 40, n0],
      [e + 40, n0 + 30],
      [e, n0 + 30],
      [e, n0],
    ];
  });
  const inCrs = (epsg: number): Polygon[] =>
    rings.map((ring) => ({
      type: 'Polygon',
      coordinates: [ring.map((p) => (epsg === 3006 ? p : proj4('EPSG:3006', `EPSG:${epsg}`, p)))],
    }));
  const designation = (i: number) => `${quarter} ${i + 1}`;

  function geojson(epsg: number, field = 'FASTIGHETSBETECKNING') {
    return JSON.stringify({
      type: 'FeatureCollection',
      ...(epsg === 4326 ? {} : { crs: { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${epsg}` } } }),
      features: inCrs(epsg).map((geometry, i) => ({
        type: 'Feature',
        properties: { [field]: designation(i), objekt: i },
        geometry,
      })),
    });
  }

  const geopackage = (epsg: number) =>
    writeGeopackage(
      inCrs(epsg).map((geometry, i) => ({ designation: designation(i), geometry })),
      epsg,
    );

  /** A zipped Shapefile as a delivery comes: .shp, .shx, .dbf and (unless left out) .prj. */
  function shapefileZip(epsg: number, { prj = true } = {}): Uint8Array {
    let zipped: Uint8Array | null = null;
    writeShapefile(
      [0, 1, 2].map((i) => ({ FASTIGHET: designation(i) })),
      'POLYGON',
      inCrs(epsg).map((p) => p.coordinates),
      (_error, files) => {
        const bytes = (view: DataView) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
        zipped = zipSync({
          'fastigheter.shp': bytes(files.shp),
          'fastigheter.shx': bytes(files.shx),
          'fastigheter.dbf': bytes(files.dbf),
          ...(prj ? { 'fastigheter.prj': new TextEncoder().encode(PRJ[epsg]) } : {}),
        });
      },
    );
    return zipped!;
  }

  /** FlatGeobuf, the CRS in its header. */
  const flatgeobuf = (epsg: number): Uint8Array =>
    fgb.serialize(JSON.parse(geojson(epsg)) as Parameters<typeof fgb.serialize>[0], epsg);

  return { designation, geojson, geopackage, shapefileZip, flatgeobuf, inCrs };
}
