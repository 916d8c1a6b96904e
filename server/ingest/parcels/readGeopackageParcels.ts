import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import initSqlJs, { type Database } from 'sql.js';
import type { Geometry } from 'geojson';
import { wkbToGeometry } from '../../geo/wkb';
import { IngestError } from '../ingestError';
import type { ParcelSource } from './parcelSource';

const wasmDir = dirname(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'));
let sqlJs: ReturnType<typeof initSqlJs> | null = null;

/** Envelope bytes after the 8-byte header, by the flags' envelope indicator (GeoPackage 1.x). */
const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/** A GeoPackage geometry blob: "GP", version, flags, srs id, envelope, then standard WKB. */
function gpkgGeometry(blob: Uint8Array): Geometry | null {
  if (blob[0] !== 0x47 || blob[1] !== 0x50) return null;
  const flags = blob[3];
  if (flags & 0b10000) return null; // the empty-geometry flag
  const envelope = ENVELOPE_BYTES[(flags >> 1) & 0b111];
  if (envelope === undefined) return null;
  return wkbToGeometry(blob.subarray(8 + envelope));
}

function all(db: Database, sql: string, params: (string | number)[] = []): Record<string, unknown>[] {
  const statement = db.prepare(sql);
  statement.bind(params);
  const rows: Record<string, unknown>[] = [];
  while (statement.step()) rows.push(statement.getAsObject());
  statement.free();
  return rows;
}

/**
 * The parcel layer of a GeoPackage (read with sql.js, SQLite compiled to WebAssembly): its
 * first feature table, or the one named like parcels (fastighet, parcel, ytor). The CRS comes
 * from gpkg_spatial_ref_sys.
 */
export async function readGeopackageParcels(bytes: Uint8Array): Promise<ParcelSource> {
  sqlJs ??= initSqlJs({ locateFile: (file) => join(wasmDir, file) });
  let db: Database;
  try {
    db = new (await sqlJs).Database(bytes);
    all(db, 'SELECT count(*) FROM sqlite_master');
  } catch (error) {
    throw new IngestError(`GeoPackage-filen går inte att läsa (trasig eller avklippt?): ${(error as Error).message}`);
  }
  try {
    let layers: Record<string, unknown>[];
    try {
      layers = all(
        db,
        `SELECT g.table_name, g.column_name, g.srs_id, s.organization, s.organization_coordsys_id
        FROM gpkg_geometry_columns g LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id`,
      );
    } catch {
      throw new IngestError('Filen är en SQLite-databas men ingen GeoPackage (gpkg_geometry_columns saknas).');
    }
    if (layers.length === 0) throw new IngestError('GeoPackage-filen har inget lager med geometrier.');
    const layer = layers.find((l) => /fastig|parcel|yt/i.test(String(l.table_name))) ?? layers[0];
    const organisation = String(layer.organization ?? '').toUpperCase();
    const epsg = organisation === 'EPSG' ? Number(layer.organization_coordsys_id) : Number(layer.srs_id);
    const table = String(layer.table_name).replaceAll('"', '""');
    const column = String(layer.column_name);
    const rows = all(db, `SELECT * FROM "${table}"`);
    return {
      format: 'GeoPackage',
      epsg,
      features: rows.map((row) => {
        const { [column]: blob, ...properties } = row;
        return { properties, geometry: blob instanceof Uint8Array ? gpkgGeometry(blob) : null };
      }),
    };
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(`GeoPackage-filen går inte att läsa: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}
