import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area } from '@turf/turf';
import { seededApp } from '../support/seededDb';
import { wgs84ToSweref } from '../../server/domain/sweref';

/**
 * Real data drops in through the recipe, without code changes: a municipality's parcel file in
 * SWEREF 99 TM and an OSM extract with buildings, streets and shops replace what the seed
 * would otherwise generate.
 */
const dir = mkdtempSync(join(tmpdir(), 'platsatlas-import-'));
// Three 40 × 30 m parcels side by side just south of Stortorget, laid out in SWEREF 99 TM metres.
const [e0, n0] = wgs84ToSweref([13.0005, 55.605]).map(Math.round);
const rect = (e: number, n: number) => [
  [
    [e, n],
    [e + 40, n],
    [e + 40, n + 30],
    [e, n + 30],
    [e, n],
  ],
];

function writeJson(name: string, value: unknown) {
  writeFileSync(join(dir, name), JSON.stringify(value));
}

writeJson('parcels-sweref.geojson', {
  type: 'FeatureCollection',
  crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3006' } },
  features: [0, 1, 2].map((i) => ({
    type: 'Feature',
    properties: { FASTIGHETSBETECKNING: `Malmö Testkvarteret ${i + 1}`, objektidentitet: `uuid-${i}` },
    geometry: { type: 'Polygon', coordinates: rect(e0 + i * 40, n0) },
  })),
});
writeJson('municipality.geojson', {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Malmö kommun', 'ref:se:kommun:kod': '1280' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [12.9, 55.55],
            [13.1, 55.55],
            [13.1, 55.65],
            [12.9, 55.65],
            [12.9, 55.55],
          ],
        ],
      },
    },
  ],
});
writeJson('osm.geojson', {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'node/1',
      properties: { shop: 'books', name: 'Testbokhandeln', 'addr:street': 'Stortorget', 'addr:housenumber': '1' },
      geometry: { type: 'Point', coordinates: [13.00067, 55.60513] },
    },
    {
      type: 'Feature',
      id: 'way/2',
      properties: { amenity: 'cafe', name: 'Hörnkaféet', building: 'yes' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [13.0012, 55.6051],
            [13.0013, 55.6051],
            [13.0013, 55.60515],
            [13.0012, 55.60515],
            [13.0012, 55.6051],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      id: 'way/3',
      properties: { highway: 'pedestrian', name: 'Södergatan' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [13.0016, 55.6052],
          [13.0021, 55.6034],
        ],
      },
    },
  ],
});
writeJson('recipe.json', {
  randomSeed: 1,
  centre: { name: 'Testcentrum', municipalityCode: '1280', bbox: [12.99, 55.6, 13.01, 55.61] },
  inputs: [
    {
      kind: 'municipalities-geojson',
      file: 'municipality.geojson',
      source: { id: 'test-muni', title: 'Test', licence: 'CC0 1.0' },
    },
    {
      kind: 'parcels-geojson',
      file: 'parcels-sweref.geojson',
      source: { id: 'test-parcels', title: 'Testfastigheter', licence: 'CC0 1.0' },
    },
    { kind: 'osm-geojson', file: 'osm.geojson', source: { id: 'test-osm', title: 'Test OSM', licence: 'ODbL 1.0' } },
  ],
  generate: {
    fabricBbox: [12.99, 55.6, 13.01, 55.61],
    footfall: { from: '2025-01-01', to: '2025-01-15' },
    turnoverIndex: { from: '2025-01-01', to: '2025-03-01' },
  },
});

let env: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  env = await seededApp(join(dir, 'recipe.json'));
});
afterAll(() => {
  env.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('importing real files through the seed recipe', () => {
  it('takes parcels in SWEREF 99 TM, transforms them to WGS 84 and generates none', async () => {
    const { body } = await env.get('/api/parcels?bbox=12.99,55.60,13.01,55.61');
    expect(body.features.map((f: { properties: { designation: string } }) => f.properties.designation).sort()).toEqual([
      'Malmö Testkvarteret 1',
      'Malmö Testkvarteret 2',
      'Malmö Testkvarteret 3',
    ]);
    for (const f of body.features) {
      expect(f.properties.generated).toBe(false);
      const [lon, lat] = f.geometry.coordinates[0][0];
      expect(lon).toBeGreaterThan(12.99);
      expect(lat).toBeGreaterThan(55.6);
      // 40 m × 30 m in the national grid; the geodesic area differs from the grid's by its scale factor only.
      expect(Math.abs(area(f) - 1200) / 1200).toBeLessThan(0.005);
      expect(f.properties.areaM2).toBeCloseTo(area(f), 0);
    }
  });

  it('turns OSM shops and amenities into premises on the parcel that holds them', async () => {
    const { body } = await env.get('/api/premises?bbox=12.99,55.60,13.01,55.61');
    const real = body.features.filter((f: { properties: { generated: boolean } }) => !f.properties.generated);
    const byName = Object.fromEntries(
      real.map((f: { properties: { name: string } }) => [f.properties.name, f.properties]),
    );
    expect(byName.Testbokhandeln).toMatchObject({ kind: 'retail', address: 'Stortorget 1' });
    expect(byName['Hörnkaféet']).toMatchObject({ kind: 'cafe' });
    const parcel = await env.get(`/api/parcels/${byName.Testbokhandeln.parcelId}`);
    expect(parcel.body.properties.designation).toBe('Malmö Testkvarteret 1');
    expect(parcel.body.premises.map((p: { name: string }) => p.name)).toContain('Testbokhandeln');
  });

  it('puts OSM buildings and streets on the base map instead of generated ones', async () => {
    const roads = await env.get('/api/basemap/road?bbox=12.99,55.60,13.01,55.61');
    expect(roads.body.features).toHaveLength(1);
    expect(roads.body.features[0].properties).toMatchObject({
      kind: 'pedestrian',
      name: 'Södergatan',
      generated: false,
    });
    const buildings = await env.get('/api/basemap/building?bbox=12.99,55.60,13.01,55.61');
    expect(buildings.body.features).toHaveLength(1);
    expect(buildings.body.features[0].properties.generated).toBe(false);
  });
});
