import { area } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { GEOMETRY_PROBLEMS } from './errorCodes';
import type { Extent } from './extent';

/** Where a boundary is wrong, so the map can point at it. */
export interface GeometryProblem {
  problem: (typeof GEOMETRY_PROBLEMS)[number];
  message: string;
  /** [polygon, ring, vertex] of the offending vertex, when one vertex is to blame. */
  vertex?: [number, number, number];
  /** The two crossing segments, each as [polygon, ring, start vertex]. */
  segments?: [[number, number, number], [number, number, number]];
  location?: Position;
}

const MIN_AREA_M2 = 1;

/**
 * Checks a district boundary before it is stored: finite WGS 84 coordinates, at least three
 * distinct points per ring, no ring crossing itself or another ring of the polygon, a
 * non-zero area, and every vertex inside the data extent. Rings are closed if they are not.
 */
export function validateBoundary(
  geometry: Polygon | MultiPolygon,
  extent: Extent,
): { geometry: Polygon | MultiPolygon } | { problem: GeometryProblem } {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const closed = polygons.map((rings) => rings.map(closeRing));
  for (const [p, rings] of closed.entries()) {
    for (const [r, ring] of rings.entries()) {
      for (const [v, pos] of ring.entries()) {
        if (
          pos.length < 2 ||
          !Number.isFinite(pos[0]) ||
          !Number.isFinite(pos[1]) ||
          Math.abs(pos[0]) > 180 ||
          Math.abs(pos[1]) > 90
        ) {
          return {
            problem: {
              problem: 'invalid-coordinates',
              vertex: [p, r, v],
              message: `Punkt ${v + 1} har ogiltiga koordinater (not WGS 84 longitude/latitude).`,
            },
          };
        }
        const [minX, minY, maxX, maxY] = extent;
        if (pos[0] < minX || pos[0] > maxX || pos[1] < minY || pos[1] > maxY) {
          return {
            problem: {
              problem: 'outside-extent',
              vertex: [p, r, v],
              location: pos,
              message: `Punkt ${v + 1} ligger utanför kommunens dataområde (vertex ${v + 1} is outside the municipality's data extent).`,
            },
          };
        }
      }
      if (new Set(ring.slice(0, -1).map((q) => `${q[0]},${q[1]}`)).size < 3) {
        return {
          problem: {
            problem: 'too-few-points',
            vertex: [p, r, 0],
            location: ring[0],
            message: 'Området behöver minst tre olika punkter (a polygon needs at least three distinct points).',
          },
        };
      }
    }
    const crossing = findCrossing(rings);
    if (crossing) {
      const [a, b, location] = crossing;
      return {
        problem: {
          problem: 'self-intersection',
          segments: [
            [p, ...a],
            [p, ...b],
          ],
          location,
          message: `Gränsen korsar sig själv mellan punkt ${a[1] + 1}–${a[1] + 2} och ${b[1] + 1}–${b[1] + 2} (the boundary crosses itself).`,
        },
      };
    }
  }
  const normalised: Polygon | MultiPolygon =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: closed[0] }
      : { type: 'MultiPolygon', coordinates: closed };
  if (area(normalised) < MIN_AREA_M2) {
    return {
      problem: {
        problem: 'zero-area',
        vertex: [0, 0, 0],
        location: closed[0][0][0],
        message: 'Området har ingen yta (the polygon has zero area).',
      },
    };
  }
  return { geometry: normalised };
}

function closeRing(ring: Position[]): Position[] {
  if (ring.length === 0) return ring;
  const [first, last] = [ring[0], ring[ring.length - 1]];
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}

type SegmentRef = [ring: number, start: number];

/** The first pair of segments that cross, among all rings of one polygon (O(n²), fine for boundaries). */
function findCrossing(rings: Position[][]): [SegmentRef, SegmentRef, Position] | null {
  const segments: { ref: SegmentRef; a: Position; b: Position; ringLength: number }[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i < ring.length - 1; i++)
      segments.push({ ref: [r, i], a: ring[i], b: ring[i + 1], ringLength: ring.length - 1 });
  });
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const s = segments[i];
      const t = segments[j];
      if (s.ref[0] === t.ref[0]) {
        const n = s.ringLength;
        const adjacent = Math.abs(s.ref[1] - t.ref[1]) === 1 || Math.abs(s.ref[1] - t.ref[1]) === n - 1;
        if (adjacent) continue; // neighbours share a vertex by design
      }
      const hit = intersection(s.a, s.b, t.a, t.b);
      if (hit) return [s.ref, t.ref, hit];
    }
  }
  return null;
}

/** Proper or touching intersection of segments ab and cd, as a point; null if they miss. */
function intersection(a: Position, b: Position, c: Position, d: Position): Position | null {
  const r = [b[0] - a[0], b[1] - a[1]];
  const s = [d[0] - c[0], d[1] - c[1]];
  const denom = r[0] * s[1] - r[1] * s[0];
  const qp = [c[0] - a[0], c[1] - a[1]];
  if (denom === 0) {
    // Parallel: overlapping collinear segments also make an invalid ring.
    if (qp[0] * r[1] - qp[1] * r[0] !== 0) return null;
    const rr = r[0] * r[0] + r[1] * r[1];
    const t0 = (qp[0] * r[0] + qp[1] * r[1]) / rr;
    const t1 = t0 + (s[0] * r[0] + s[1] * r[1]) / rr;
    const [lo, hi] = [Math.min(t0, t1), Math.max(t0, t1)];
    if (hi < 0 || lo > 1) return null;
    const t = Math.max(0, lo);
    return [a[0] + t * r[0], a[1] + t * r[1]];
  }
  const t = (qp[0] * s[1] - qp[1] * s[0]) / denom;
  const u = (qp[0] * r[1] - qp[1] * r[0]) / denom;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return [a[0] + t * r[0], a[1] + t * r[1]];
}
