import initSqlJs from 'sql.js';
import type { MultiPolygon, Polygon } from 'geojson';
import { geometryToWkb } from '../../geo/wkb';

/**
 * Parcels as a minimal GeoPackage (one feature table `ay_fastighetsytor` with `fastighet`, as
 * Lantmäteriet names them), coordinates as given in `epsg`: the files tests and benchmarks
 * import. Geometry blobs are the GeoPackage header (no envelope) over standard WKB.
 */
export async function writeGeopackage(
  parcels: { designation: string; geometry: Polygon | MultiPolygon }[],
  epsg: number,
) {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run(`CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, organization TEXT, organization_coordsys_id INTEGER, definition TEXT);
    CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT, srs_id INTEGER);
    CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);
    CREATE TABLE ay_fastighetsytor (fid INTEGER PRIMARY KEY, geom BLOB, fastighet TEXT);`);
  db.run('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?)', [`EPSG ${epsg}`, epsg, 'EPSG', epsg, 'undefined']);
  db.run("INSERT INTO gpkg_contents VALUES ('ay_fastighetsytor', 'features', 'fastighetsytor', ?)", [epsg]);
  db.run("INSERT INTO gpkg_geometry_columns VALUES ('ay_fastighetsytor', 'geom', 'MULTIPOLYGON', ?, 0, 0)", [epsg]);
  const header = new Uint8Array(8);
  header.set([0x47, 0x50, 0, 0b1]); // "GP", version 0, little-endian WKB, no envelope
  new DataView(header.buffer).setInt32(4, epsg, true);
  db.run('BEGIN');
  const insert = db.prepare('INSERT INTO ay_fastighetsytor (geom, fastighet) VALUES (?, ?)');
  for (const p of parcels) insert.run([new Uint8Array([...header, ...geometryToWkb(p.geometry)]), p.designation]);
  insert.free();
  db.run('COMMIT');
  const bytes = db.export();
  db.close();
  return bytes;
}
