import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { geometryToWkb, wkbToGeometry } from '../../server/geo/wkb';
import { wkbToGeoJsonText } from '../../server/geo/wkbToGeoJsonText';

const shapes: Geometry[] = [
  { type: 'Point', coordinates: [13.0011, 55.6059] },
  {
    type: 'LineString',
    coordinates: [
      [13, 55.6],
      [13.01, 55.61],
      [13.02, 55.6],
    ],
  },
  {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
      [
        [1, 1],
        [2, 1],
        [2, 2],
        [1, 1],
      ],
    ],
  },
  {
    type: 'MultiPoint',
    coordinates: [
      [1, 2],
      [3, 4],
    ],
  },
  {
    type: 'MultiLineString',
    coordinates: [
      [
        [0, 0],
        [1, 1],
      ],
      [
        [2, 2],
        [3, 3],
        [4, 4],
      ],
    ],
  },
  {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
      [
        [
          [5, 5],
          [6, 5],
          [6, 6],
          [5, 5],
        ],
      ],
    ],
  },
];

describe('WKB codec', () => {
  it.each(shapes.map((s) => [s.type, s] as const))('round-trips a %s', (_type, shape) => {
    expect(wkbToGeometry(geometryToWkb(shape))).toEqual(shape);
  });

  it.each(shapes.map((s) => [s.type, s] as const))(
    'writes a %s as the same GeoJSON text JSON.stringify gives',
    (_type, shape) => {
      expect(wkbToGeoJsonText(geometryToWkb(shape))).toBe(JSON.stringify(shape));
      expect(JSON.parse(wkbToGeoJsonText(geometryToWkb(shape)))).toEqual(shape);
    },
  );

  it('writes the ISO layout DuckDB expects (little-endian, type code, doubles)', () => {
    const hex = Buffer.from(geometryToWkb({ type: 'Point', coordinates: [1, 2] })).toString('hex');
    expect(hex).toBe('0101000000000000000000f03f0000000000000040');
  });

  it('reads big-endian and 3D (Z) WKB from other tools, dropping Z', () => {
    // POINT Z (1 2 3), big-endian, ISO type 1001
    const bytes = Buffer.from('00000003e93ff000000000000040000000000000004008000000000000', 'hex');
    expect(wkbToGeometry(bytes)).toEqual({ type: 'Point', coordinates: [1, 2] });
  });
});
