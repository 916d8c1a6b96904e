import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Feature, Polygon, Position } from 'geojson';
import { encodeTile } from '../../server/tiles/encodeTile';
import { geometryToWkb } from '../../server/geo/wkb';
import { tileExtent, tilesCovering } from '../../server/tiles/tileMath';
import type { WkbShape } from '../../server/tiles/smallPolygonsLayer';

// A z16 tile at Hötorget, and points in it by fractions of its width and height.
const [TILE] = tilesCovering([18.0632, 59.3355, 18.0632, 59.3355], 16);
const [WEST, SOUTH, EAST, NORTH] = tileExtent(TILE);
const at = (fx: number, fy: number): Position => [WEST + fx * (EAST - WEST), NORTH - fy * (NORTH - SOUTH)];
/** A closed ring through the corners given as fractions of the tile. */
const ring = (...corners: [number, number][]) => [...corners, corners[0]].map(([fx, fy]) => at(fx, fy));

const counterClockwise = ring([0.1, 0.1], [0.1, 0.3], [0.3, 0.3], [0.3, 0.1]);
const clockwiseWithHole: Polygon['coordinates'] = [
  ring([0.4, 0.1], [0.8, 0.1], [0.8, 0.5], [0.4, 0.5]),
  ring([0.5, 0.2], [0.7, 0.2], [0.7, 0.4], [0.5, 0.4]),
];
const SHAPES: Feature[] = [
  polygon([counterClockwise], { id: 'a', designation: 'Norrmalm 1:1', areaM2: 1200, generated: false }),
  polygon(clockwiseWithHole, { id: 'b', areaM2: 0.5, share: -3, generated: true, owner: null }),
  {
    type: 'Feature',
    geometry: {
      type: 'MultiPolygon',
      coordinates: [[ring([0.1, 0.6], [0.2, 0.6], [0.2, 0.7])], [ring([0.3, 0.6], [0.4, 0.6], [0.4, 0.7])]],
    },
    properties: { id: 'c' },
  },
];

function polygon(coordinates: Polygon['coordinates'], properties: Feature['properties']): Feature {
  return { type: 'Feature', geometry: { type: 'Polygon', coordinates }, properties };
}

const asShape = (f: Feature): WkbShape => ({
  wkb: geometryToWkb(f.geometry),
  properties: f.properties as WkbShape['properties'],
});

function decoded(bytes: Uint8Array | null) {
  const layer = new VectorTile(new PbfReader(bytes!)).layers.parcels;
  return Array.from({ length: layer.length }, (_, i) => layer.feature(i).toGeoJSON(TILE.x, TILE.y, TILE.z));
}

/** Two decoded geometries are the same to a tile unit (~1.3e-6° at z16). */
function expectSameShape(actual: unknown, expected: unknown) {
  if (typeof expected === 'number') return expect(Math.abs((actual as number) - expected)).toBeLessThan(2e-6);
  expect(Array.isArray(actual)).toBe(true);
  expect((actual as unknown[]).length).toBe((expected as unknown[]).length);
  (expected as unknown[]).forEach((e, i) => expectSameShape((actual as unknown[])[i], e));
}

describe('small polygons written straight from WKB', () => {
  it('decode to what geojson-vt writes: the same rings, winding, holes, parts and properties', () => {
    const direct = decoded(encodeTile({ parcels: { smallPolygons: SHAPES.map(asShape) } }, TILE));
    const viaGeojsonVt = decoded(encodeTile({ parcels: SHAPES }, TILE));
    expect(direct.map((f) => f.geometry.type)).toEqual(['Polygon', 'Polygon', 'MultiPolygon']);
    expect(direct.map((f) => f.properties)).toEqual(viaGeojsonVt.map((f) => f.properties));
    expect(direct[1].properties).toEqual({ id: 'b', areaM2: 0.5, share: -3, generated: true });
    direct.forEach((f, i) =>
      expectSameShape((f.geometry as Polygon).coordinates, (viaGeojsonVt[i].geometry as Polygon).coordinates),
    );
  });

  it('writes a polygon across the edge whole, for MapLibre to clip as it draws', () => {
    const across = polygon([ring([0.9, 0.1], [1.3, 0.1], [1.3, 0.3], [0.9, 0.3])], { id: 'd' });
    const [written] = decoded(encodeTile({ parcels: { smallPolygons: [asShape(across)] } }, TILE));
    expectSameShape(
      (written.geometry as Polygon).coordinates,
      across.geometry.type === 'Polygon' && across.geometry.coordinates,
    );
  });

  it('leaves a polygon reaching beyond the next tile to geojson-vt, which clips it to the buffer', () => {
    const estate = polygon([ring([0.2, 0.2], [3.5, 0.2], [3.5, 0.6], [0.2, 0.6])], { id: 'e' });
    const [clipped] = decoded(encodeTile({ parcels: { smallPolygons: [asShape(estate)] } }, TILE));
    const reach = Math.max(...(clipped.geometry as Polygon).coordinates[0].map(([lon]) => lon));
    expect(reach).toBeGreaterThan(EAST);
    expect(reach).toBeLessThan(EAST + (EAST - WEST) * (65 / 4096));
  });

  it('leaves out rings that collapse to a line in tile units, with their holes', () => {
    const sliver = polygon([[at(0.5, 0.5), at(0.5000001, 0.5), at(0.5, 0.5000001), at(0.5, 0.5)]], { id: 'f' });
    expect(encodeTile({ parcels: { smallPolygons: [asShape(sliver)] } }, TILE)).toBeNull();
  });
});
