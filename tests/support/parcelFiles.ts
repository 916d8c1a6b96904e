import proj4 from 'proj4';
import initSqlJs from 'sql.js';
import type { Polygon, Position } from 'geojson';
import { geometryToWkb } from '../../server/geo/wkb';
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

  async function geopackage(epsg: number): Promise<Uint8Array> {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    db.run(`CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, organization TEXT, organization_coordsys_id INTEGER, definition TEXT);
      CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT, srs_id INTEGER);
      CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);
      CREATE TABLE ay_fastighetsytor (fid INTEGER PRIMARY KEY, geom BLOB, fastighet TEXT);`);
    db.run('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?)', [
      `EPSG ${epsg}`,
      epsg,
      'EPSG',
      epsg,
      'undefined',
    ]);
    db.run("INSERT INTO gpkg_contents VALUES ('ay_fastighetsytor', 'features', 'fastighetsytor', ?)", [epsg]);
    db.run("INSERT INTO gpkg_geometry_columns VALUES ('ay_fastighetsytor', 'geom', 'POLYGON', ?, 0, 0)", [epsg]);
    inCrs(epsg).forEach((polygon, i) => {
      const header = new Uint8Array(8);
      header.set([0x47, 0x50, 0, 0b1]); // "GP", version 0, little-endian, no envelope
      new DataView(header.buffer).setInt32(4, epsg, true);
      db.run('INSERT INTO ay_fastighetsytor (geom, fastighet) VALUES (?, ?)', [
        new Uint8Array([...header, ...geometryToWkb(polygon)]),
        designation(i),
      ]);
    });
    const bytes = db.export();
    db.close();
    return bytes;
  }

  return { designation, geojson, geopackage, inCrs };
}
