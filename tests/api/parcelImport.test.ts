import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import proj4 from 'proj4';
import initSqlJs from 'sql.js';
import type { Polygon, Position } from 'geojson';
import { demoTemplate } from '../support/seededDb';
import { Db } from '../../server/store/db';
import { geometryToWkb } from '../../server/geo/wkb';
import '../../server/domain/swedishCrs';

/**
 * Parcels as municipalities deliver them, made here from one known set: three 40 × 30 m parcels
 * (1 200 m² each in SWEREF 99 TM) by Humlegården, written as GeoPackage and GeoJSON in SWEREF 99
 * TM, a SWEREF 99 local zone, RT90 2.5 gon V and WGS 84. Every file gives the same parcels.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'platsatlas-parcels-'));
const dbPath = join(dir, 'parcels.duckdb');
const [e0, n0] = proj4('EPSG:4326', 'EPSG:3006', [18.0705, 59.3385]).map(Math.round);
const SWEREF_RINGS: Position[][] = [0, 1, 2].map((i) => {
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
  SWEREF_RINGS.map((ring) => ({
    type: 'Polygon',
    coordinates: [ring.map((p) => (epsg === 3006 ? p : proj4('EPSG:3006', `EPSG:${epsg}`, p)))],
  }));
const designation = (i: number) => `Stockholm Testkvarteret ${i + 1}`;

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
  db.run('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?)', [`EPSG ${epsg}`, epsg, 'EPSG', epsg, 'undefined']);
  db.run("INSERT INTO gpkg_contents VALUES ('ay_fastighetsytor', 'features', 'fastighetsytor', ?)", [epsg]);
  db.run("INSERT INTO gpkg_geometry_columns VALUES ('ay_fastighetsytor', 'geom', 'POLYGON', ?, 0, 0)", [epsg]);
  inCrs(epsg).forEach((polygon, i) => {
    const header = new Uint8Array(8);
    header.set([0x47, 0x50, 0, 0b1]); // "GP", version 0, little-endian, no envelope
    new DataView(header.buffer).setInt32(4, epsg, true);
    const blob = new Uint8Array([...header, ...geometryToWkb(polygon)]);
    db.run('INSERT INTO ay_fastighetsytor (geom, fastighet) VALUES (?, ?)', [blob, designation(i)]);
  });
  const bytes = db.export();
  db.close();
  return bytes;
}

async function runImport(file: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      join(root, 'node_modules/.bin/tsx'),
      ['scripts/import.ts', '--place', 'stockholm-city', file, ...args],
      { cwd: root, env: { ...process.env, PLATSATLAS_DB: dbPath } },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

async function storedParcels() {
  const db = await Db.open(dbPath);
  try {
    return await db.all<{ designation: string; area: number }>(
      "SELECT designation, area_m2 AS area FROM parcels WHERE designation LIKE 'Stockholm Testkvarteret%' ORDER BY designation",
    );
  } finally {
    db.close();
  }
}

beforeAll(() => copyFileSync(demoTemplate(), dbPath));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parcels in every format and CRS give the same parcels', () => {
  const cases: [string, number, () => Promise<Uint8Array | string>][] = [
    ['GeoPackage', 3006, () => geopackage(3006)],
    ['GeoPackage', 3011, () => geopackage(3011)],
    ['GeoPackage', 3021, () => geopackage(3021)],
    ['GeoJSON', 3006, async () => geojson(3006)],
    ['GeoJSON', 3011, async () => geojson(3011)],
    ['GeoJSON', 3021, async () => geojson(3021)],
    ['GeoJSON', 4326, async () => geojson(4326)],
  ];
  for (const [format, epsg, make] of cases) {
    it(`${format} in EPSG:${epsg}`, async () => {
      const file = join(dir, `parcels-${epsg}.${format === 'GeoPackage' ? 'gpkg' : 'geojson'}`);
      writeFileSync(file, await make());
      const { code, out } = await runImport(file);
      expect(out).toContain(`(${format}, EPSG:${epsg}`);
      expect(code).toBe(0);
      const parcels = await storedParcels();
      expect(parcels.map((p) => p.designation)).toEqual([0, 1, 2].map(designation));
      for (const p of parcels) expect(Math.abs(p.area - 1200) / 1200).toBeLessThan(0.005);
    }, 60_000);
  }
});

describe('bad parcel files are refused and store nothing', () => {
  it('refuses a truncated GeoPackage', async () => {
    const file = join(dir, 'truncated.gpkg');
    writeFileSync(file, (await geopackage(3006)).subarray(0, 3000));
    const { code, out } = await runImport(file);
    expect(code).toBe(1);
    expect(out).toContain('GeoPackage');
  }, 60_000);

  it('refuses GeoJSON in an unknown CRS, naming it', async () => {
    const file = join(dir, 'unknown-crs.geojson');
    writeFileSync(file, geojson(3006).replace('EPSG::3006', 'EPSG::2400'));
    const before = await storedParcels();
    const { code, out } = await runImport(file);
    expect(code).toBe(1);
    expect(out).toContain('EPSG:2400');
    expect(await storedParcels()).toEqual(before);
  }, 60_000);

  it('asks for the designation field when no usual name is there, and takes it when given', async () => {
    const file = join(dir, 'odd-field.geojson');
    writeFileSync(file, geojson(3006, 'FNR'));
    const asked = await runImport(file);
    expect(asked.code).toBe(1);
    expect(asked.out).toContain('--designation-field');
    const given = await runImport(file, '--designation-field', 'FNR');
    expect(given.code).toBe(0);
  }, 60_000);

  it('lists parcels outside the place and duplicate designations with their reasons', async () => {
    const doc = JSON.parse(geojson(3006));
    doc.features.push({ ...doc.features[0] }); // the same designation again
    const far = proj4('EPSG:4326', 'EPSG:3006', [13.0, 55.6]).map(Math.round);
    doc.features.push({
      type: 'Feature',
      properties: { FASTIGHETSBETECKNING: 'Malmö Långt bort 1' },
      geometry: { type: 'Polygon', coordinates: [[far, [far[0] + 10, far[1]], [far[0] + 10, far[1] + 10], far]] },
    });
    const file = join(dir, 'mixed.geojson');
    writeFileSync(file, JSON.stringify(doc));
    const { code, out } = await runImport(file);
    expect(code).toBe(0);
    expect(out).toContain('finns redan i filen');
    expect(out).toContain('utanför platsen');
  }, 60_000);
});
