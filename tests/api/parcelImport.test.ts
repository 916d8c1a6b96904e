import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import { zipSync } from 'fflate';
import { parcelFiles } from '../support/parcelFiles';
import { seededAppWithPlanner, uploadAs } from '../support/session';

const { designation, geojson, geopackage, shapefileZip, flatgeobuf } = parcelFiles(
  'Stockholm Testkvarteret',
  [18.0705, 59.3385],
);

/**
 * Parcels as municipalities deliver them, made here from one known set: three 40 × 30 m parcels
 * (1 200 m² each in SWEREF 99 TM) by Humlegården, written as GeoPackage and GeoJSON in SWEREF 99
 * TM, a SWEREF 99 local zone, RT90 2.5 gon V and WGS 84. Every file gives the same parcels.
 */
let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

/** Imports through the place's import route (the command line runs the same importer). */
async function runImport(bytes: Uint8Array | string, query = '') {
  const { status, body } = await uploadAs(
    ctx.app,
    ctx.planner,
    `/api/places/stockholm-city/imports?mode=commit${query}`,
    bytes,
  );
  return { status, body, text: JSON.stringify(body) };
}

async function storedParcels() {
  return ctx.db.all<{ designation: string; area: number }>(
    "SELECT designation, area_m2 AS area FROM parcels WHERE designation LIKE 'Stockholm Testkvarteret%' ORDER BY designation",
  );
}

describe('parcels in every format and CRS give the same parcels', () => {
  const cases: [string, number, () => Promise<Uint8Array | string>][] = [
    ['GeoPackage', 3006, () => geopackage(3006)],
    ['GeoPackage', 3011, () => geopackage(3011)],
    ['GeoPackage', 3021, () => geopackage(3021)],
    ['Shapefile', 3006, async () => shapefileZip(3006)],
    ['Shapefile', 3011, async () => shapefileZip(3011)],
    ['Shapefile', 3021, async () => shapefileZip(3021)],
    ['Shapefile', 4326, async () => shapefileZip(4326)],
    ['FlatGeobuf', 3006, async () => flatgeobuf(3006)],
    ['FlatGeobuf', 3011, async () => flatgeobuf(3011)],
    ['FlatGeobuf', 3021, async () => flatgeobuf(3021)],
    ['FlatGeobuf', 4326, async () => flatgeobuf(4326)],
    ['GeoJSON', 3006, async () => geojson(3006)],
    ['GeoJSON', 3011, async () => geojson(3011)],
    ['GeoJSON', 3021, async () => geojson(3021)],
    ['GeoJSON', 4326, async () => geojson(4326)],
  ];
  for (const [format, epsg, make] of cases) {
    it(`${format} in EPSG:${epsg}`, async () => {
      const { status, body } = await runImport(await make());
      expect(status).toBe(200);
      expect(body).toMatchObject({ kind: 'parcels', format, epsg });
      const parcels = await storedParcels();
      expect(parcels.map((p) => p.designation)).toEqual([0, 1, 2].map(designation));
      for (const p of parcels) expect(Math.abs(p.area - 1200) / 1200).toBeLessThan(0.005);
    });
  }
});

describe('bad parcel files are refused and store nothing', () => {
  it('refuses a truncated GeoPackage', async () => {
    const { status, text } = await runImport((await geopackage(3006)).subarray(0, 3000));
    expect(status).toBe(422);
    expect(text).toContain('GeoPackage');
  });

  it('refuses a zipped Shapefile without .prj, saying why', async () => {
    const { status, text } = await runImport(shapefileZip(3006, { prj: false }));
    expect(status).toBe(422);
    expect(text).toContain('saknar .prj');
  });

  it('refuses a zip with ../ in a path, and one that claims to unpack to 3 GB', async () => {
    const escaping = zipSync({ '../../etc/fastigheter.shp': new Uint8Array([1, 2, 3]) });
    expect((await runImport(escaping)).text).toContain('otillåten sökväg');
    const bomb = zipSync({ 'fastigheter.shp': new Uint8Array(16) });
    // Claim 3 GB in the central directory's "uncompressed size" of the one entry.
    const view = new DataView(bomb.buffer);
    const central = bomb.findLastIndex((_, i) => i + 4 <= bomb.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 3 * 1024 ** 3, true);
    const { status, text } = await runImport(bomb);
    expect(status).toBe(422);
    expect(text).toContain('2 GB');
  });

  it('refuses GeoJSON in an unknown CRS, naming it', async () => {
    const before = await storedParcels();
    const { status, text } = await runImport(geojson(3006).replace('EPSG::3006', 'EPSG::2400'));
    expect(status).toBe(422);
    expect(text).toContain('EPSG:2400');
    expect(await storedParcels()).toEqual(before);
  });

  it('asks for the designation field when no usual name is there, and takes it when given', async () => {
    const asked = await runImport(geojson(3006, 'FNR'));
    expect(asked.status).toBe(422);
    expect(asked.text).toContain('--designation-field');
    const given = await runImport(geojson(3006, 'FNR'), '&designationField=FNR');
    expect(given.status).toBe(200);
  });

  it('lists parcels outside the place and duplicate designations with their reasons', async () => {
    const doc = JSON.parse(geojson(3006));
    doc.features.push({ ...doc.features[0] }); // the same designation again
    const far = proj4('EPSG:4326', 'EPSG:3006', [13.0, 55.6]).map(Math.round);
    doc.features.push({
      type: 'Feature',
      properties: { FASTIGHETSBETECKNING: 'Malmö Långt bort 1' },
      geometry: { type: 'Polygon', coordinates: [[far, [far[0] + 10, far[1]], [far[0] + 10, far[1] + 10], far]] },
    });
    const { status, text } = await runImport(JSON.stringify(doc));
    expect(status).toBe(200);
    expect(text).toContain('finns redan i filen');
    expect(text).toContain('utanför platsen');
  });
});
