import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { MAX_BOUNDARY_VERTICES, validateBoundary } from '../../server/domain/polygonValidation';

const SWEDEN: [number, number, number, number] = [10, 55, 25, 70];
const box = (w: number, s: number, e: number, n: number): Position[] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
/** A circle of n vertices around Hötorget, about 200 m across. */
const circle = (n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      ...Array.from({ length: n }, (_, i) => [
        18.0635 + 0.002 * Math.cos((2 * Math.PI * i) / n),
        59.3345 + 0.001 * Math.sin((2 * Math.PI * i) / n),
      ]),
    ],
  ],
});
const problemOf = (g: Polygon | MultiPolygon) => {
  const result = validateBoundary(g, SWEDEN);
  return 'problem' in result ? result.problem.problem : null;
};

describe('a boundary checked as a GIS would', () => {
  it('takes a polygon with a hole inside its shell, and refuses one whose hole lies outside', () => {
    expect(
      problemOf({ type: 'Polygon', coordinates: [box(18, 59, 18.01, 59.01), box(18.002, 59.002, 18.004, 59.004)] }),
    ).toBeNull();
    expect(
      problemOf({ type: 'Polygon', coordinates: [box(18, 59, 18.01, 59.01), box(18.02, 59.02, 18.03, 59.03)] }),
    ).toBe('hole-outside');
  });

  it('refuses MultiPolygon parts that overlap, whether their edges cross or one lies inside the other', () => {
    const whole = box(18, 59, 18.01, 59.01);
    expect(problemOf({ type: 'MultiPolygon', coordinates: [[whole], [box(18.02, 59, 18.03, 59.01)]] })).toBeNull();
    expect(problemOf({ type: 'MultiPolygon', coordinates: [[whole], [box(18.005, 59.005, 18.02, 59.02)]] })).toBe(
      'self-intersection',
    );
    expect(problemOf({ type: 'MultiPolygon', coordinates: [[whole], [box(18.002, 59.002, 18.004, 59.004)]] })).toBe(
      'overlapping-parts',
    );
    // Inside the first part's hole is not overlapping: an island in a lake.
    expect(
      problemOf({
        type: 'MultiPolygon',
        coordinates: [[whole, box(18.002, 59.002, 18.008, 59.008)], [box(18.004, 59.004, 18.006, 59.006)]],
      }),
    ).toBeNull();
  });

  it('checks a boundary of the largest allowed size quickly, and refuses a larger one by its count', () => {
    const started = performance.now();
    expect(problemOf(circle(MAX_BOUNDARY_VERTICES - 1))).toBeNull();
    const ms = performance.now() - started;
    // Every pair of 10 000 segments would be fifty million tests; the sweep is a few thousand.
    expect(ms).toBeLessThan(1000);
    expect(problemOf(circle(20_000))).toBe('too-many-points');
  });

  it('still finds the one crossing of a large boundary', () => {
    const ring = circle(5000).coordinates[0];
    [ring[100], ring[101]] = [ring[101], ring[100]];
    expect(problemOf({ type: 'Polygon', coordinates: [ring] })).toBe('self-intersection');
  });
});
