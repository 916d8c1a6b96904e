import proj4 from 'proj4';
import type { Polygon, Position } from 'geojson';
import { writeGeopackage } from '../../server/ingest/parcels/writeGeopackage';
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

  return { designation, geojson, geopackage, inCrs };
}
