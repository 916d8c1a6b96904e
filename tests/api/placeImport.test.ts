import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { seededAppWithPlanner, uploadAs } from '../support/session';
import { parcelFiles } from '../support/parcelFiles';

/**
 * A centrumledare from Kristinehamn brings their own town: creates the place, previews and
 * imports the municipality's parcels (a GeoPackage in SWEREF 99 TM) and an OpenStreetMap extract,
 * and draws a district over them.
 */
let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
let place: { id: string; bbox: number[]; municipalityCode: string };
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

const upload = (path: string, bytes: Uint8Array | string) => uploadAs(ctx.app, ctx.planner, path, bytes);

const count = async (sql: string) =>
  (await ctx.db.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM (${sql})`))!.n;

describe('a new place on its own data', () => {
  it('creates Kristinehamn centrum from the shipped place names, in Kristinehamn municipality', async () => {
    const res = await ctx.planner.send('POST', '/api/places', { name: 'Kristinehamn centrum' });
    expect(res.status).toBe(201);
    place = res.body;
    expect(place).toMatchObject({ id: 'kristinehamn-centrum', municipalityCode: '1781' });
    const [w, s, e, n] = place.bbox;
    expect(w < 14.097 && e > 14.097 && s < 59.305 && n > 59.305).toBe(true); // Kristinehamn lies at 14.097 E, 59.305 N
    expect((await ctx.get('/api/places')).body.places.map((p: { id: string }) => p.id)).toContain(
      'kristinehamn-centrum',
    );
    expect((await ctx.planner.send('POST', '/api/places', { name: 'Kristinehamn centrum' })).status).toBe(409);
    expect((await ctx.planner.send('POST', '/api/places', { name: 'Atlantis centrum' })).status).toBe(422);
  });

  it('previews a GeoPackage of parcels without storing it, then imports it', async () => {
    const [w, s, e, n] = place.bbox;
    const files = parcelFiles('Kristinehamn Vägmästaren', [(w + e) / 2, (s + n) / 2]);
    const gpkg = await files.geopackage(3006);
    const preview = await upload(`/api/places/${place.id}/imports?mode=preview`, gpkg);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      mode: 'preview',
      kind: 'parcels',
      format: 'GeoPackage',
      epsg: 3006,
      designationField: 'fastighet',
    });
    expect(preview.body.stored).toEqual({ new: 3, changed: 0 });
    expect(await count("SELECT 1 FROM parcels WHERE designation LIKE 'Kristinehamn Vägmästaren%'")).toBe(0);

    const commit = await upload(`/api/places/${place.id}/imports?mode=commit`, gpkg);
    expect(commit.status).toBe(200);
    expect(commit.body.parcels.map((p: { designation: string }) => p.designation)).toEqual(
      [0, 1, 2].map(files.designation),
    );
    expect(await count("SELECT 1 FROM parcels WHERE designation LIKE 'Kristinehamn Vägmästaren%'")).toBe(3);
  });

  it('imports an OpenStreetMap extract of the centre: a building, a street and a shop', async () => {
    const [w, s, e, n] = place.bbox;
    const [x, y] = [(w + e) / 2, (s + n) / 2];
    const node = (id: number, lon: number, lat: number, tags = '') =>
      `<node id="${id}" lon="${lon}" lat="${lat}">${tags}</node>`;
    const xml = `<?xml version="1.0"?><osm version="0.6">
      ${node(1, x, y)}${node(2, x + 0.0005, y)}${node(3, x + 0.0005, y + 0.0003)}${node(4, x, y + 0.0003)}
      ${node(5, x + 0.0002, y + 0.0001, '<tag k="shop" v="books"/><tag k="name" v="Bokhandeln"/><tag k="addr:street" v="Kungsgatan"/><tag k="addr:housenumber" v="1"/>')}
      <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/><tag k="building" v="yes"/></way>
      <way id="11"><nd ref="1"/><nd ref="2"/><tag k="highway" v="pedestrian"/><tag k="name" v="Kungsgatan"/></way>
    </osm>`;
    const res = await upload(`/api/places/${place.id}/imports?mode=commit`, xml);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: 'osm',
      format: 'OpenStreetMap XML',
      buildings: 1,
      streets: 1,
      premises: { new: 1, changed: 0, unchanged: 0 },
    });
    const config = (await ctx.get(`/api/config?place=${place.id}`)).body;
    // What the layer list and the map's credits say: the municipality's own data is real, nothing generated.
    expect(config.provenance).toEqual({
      parcels: 'real',
      premises: 'real',
      footfall: 'none',
      indexZones: 'none',
      districts: 'none',
      actions: 'none',
      buildings: 'real',
      streets: 'real',
    });
  });

  it('draws a district over them and gets its parcels, with the shop as a tenant-less premises inside', async () => {
    const [w, s, e, n] = place.bbox;
    const [x, y] = [(w + e) / 2, (s + n) / 2];
    const ring = [
      [x - 0.001, y - 0.001],
      [x + 0.003, y - 0.001],
      [x + 0.003, y + 0.001],
      [x - 0.001, y + 0.001],
      [x - 0.001, y - 0.001],
    ];
    const created = await ctx.planner.send('POST', '/api/districts', {
      name: 'Kristinehamn city',
      type: 'city-centre',
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
    expect(created.status).toBe(201);
    const parcels = (await ctx.planner.get(`/api/districts/${created.body.id}/parcels`)).body.features;
    expect(parcels.map((p: { properties: { designation: string } }) => p.properties.designation).sort()).toEqual([
      'Kristinehamn Vägmästaren 1',
      'Kristinehamn Vägmästaren 2',
      'Kristinehamn Vägmästaren 3',
    ]);
    const summary = (await ctx.get(`/api/districts/${created.body.id}/summary`)).body;
    expect(summary.premises).toBe(1);
    expect((await ctx.get(`/api/districts?place=${place.id}`)).body.features.map((d: { id: string }) => d.id)).toEqual([
      created.body.id,
    ]);
    // A district a planner drew is no demo data.
    expect((await ctx.get(`/api/config?place=${place.id}`)).body.provenance.districts).toBe('real');
  });

  it('refuses a broken file with a 422 and a sentence, and stores nothing', async () => {
    const before = await count('SELECT 1 FROM parcels');
    const res = await upload(
      `/api/places/${place.id}/imports?mode=commit`,
      '<osm version="0.6"><way id="1"><nd ref="7"/><nd ref="8"/></way></osm>',
    );
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('invalid_file');
    expect(res.body.error.message).toContain('way/1');
    expect(await count('SELECT 1 FROM parcels')).toBe(before);
  });
});

describe('an OpenStreetMap PBF extract', () => {
  // Written by osmium (`osmium cat fruangen-centrum-2020.osm -o …osm.pbf`) from the shipped XML extract.
  const pbf = readFileSync(new URL('../fixtures/fruangen-centrum-2020.osm.pbf', import.meta.url));
  const xml = readFileSync(new URL('../../data/stockholm/fruangen-centrum-2020.osm', import.meta.url));
  const preview = (bytes: Uint8Array) =>
    upload('/api/places/fruangen-centrum/imports?mode=preview', bytes).then((r) => r.body);

  it('gives what the same extract as XML gives: the same buildings, streets, premises and left-outs', async () => {
    const [fromPbf, fromXml] = [await preview(pbf), await preview(xml)];
    expect(fromPbf.format).toBe('OpenStreetMap PBF');
    expect(fromXml.format).toBe('OpenStreetMap XML');
    const { format: _pbf, ...pbfReport } = fromPbf;
    const { format: _xml, ...xmlReport } = fromXml;
    expect(pbfReport.buildings).toBeGreaterThan(10);
    expect(pbfReport.premises.unchanged).toBeGreaterThan(10);
    expect(pbfReport).toEqual(xmlReport);
  });

  it('refuses a damaged PBF file with a sentence and stores nothing', async () => {
    const before = await count('SELECT 1 FROM basemap_features');
    const res = await upload('/api/places/fruangen-centrum/imports?mode=commit', pbf.subarray(0, pbf.length / 2));
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/OSM PBF/);
    expect(await count('SELECT 1 FROM basemap_features')).toBe(before);
  });
});
