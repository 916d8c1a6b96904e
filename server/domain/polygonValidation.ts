import { area, booleanPointInPolygon } from '@turf/turf';
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
 * Most vertices one boundary may have: a detailed town-centre boundary has hundreds; 10 000
 * keeps every check (and the district scope after it) well under a tenth of a second.
 */
export const MAX_BOUNDARY_VERTICES = 10_000;

/**
 * Checks a district boundary before it is stored, as a GIS would: at most
 * MAX_BOUNDARY_VERTICES, finite WGS 84 coordinates, at least three distinct points per ring,
 * no ring crossing itself or any other ring (of its polygon or of another part), every hole
 * inside its shell, MultiPolygon parts not overlapping, a non-zero area, and every vertex
 * inside the data extent. Rings are closed if they are not.
 */
export function validateBoundary(
  geometry: Polygon | MultiPolygon,
  extent: Extent,
): { geometry: Polygon | MultiPolygon } | { problem: GeometryProblem } {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const vertices = polygons.reduce((n, rings) => n + rings.reduce((m, ring) => m + ring.length, 0), 0);
  if (vertices > MAX_BOUNDARY_VERTICES) {
    return {
      problem: {
        problem: 'too-many-points',
        message: `Gränsen har ${vertices} punkter; högst ${MAX_BOUNDARY_VERTICES} går att spara. Förenkla den. (At most ${MAX_BOUNDARY_VERTICES} vertices.)`,
      },
    };
  }
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
  }
  const crossing = findCrossing(closed);
  if (crossing) {
    const [a, b, location] = crossing;
    return {
      problem: {
        problem: 'self-intersection',
        segments: [a, b],
        location,
        message: `Gränsen korsar sig själv mellan punkt ${a[2] + 1}–${a[2] + 2} och ${b[2] + 1}–${b[2] + 2} (the boundary crosses itself).`,
      },
    };
  }
  // No rings cross, so one vertex tells where a whole ring lies.
  for (const [p, [shell, ...holes]] of closed.entries()) {
    for (const [h, hole] of holes.entries()) {
      if (!booleanPointInPolygon(hole[0], { type: 'Polygon', coordinates: [shell] })) {
        return {
          problem: {
            problem: 'hole-outside',
            vertex: [p, h + 1, 0],
            location: hole[0],
            message: `Hål ${h + 1} ligger utanför områdets yttre gräns (a hole lies outside its shell).`,
          },
        };
      }
    }
    for (const [q, other] of closed.entries()) {
      if (q !== p && booleanPointInPolygon(shell[0], { type: 'Polygon', coordinates: other })) {
        return {
          problem: {
            problem: 'overlapping-parts',
            vertex: [p, 0, 0],
            location: shell[0],
            message: `Del ${p + 1} ligger i del ${q + 1}: delarna får inte överlappa, då räknas ytan två gånger (MultiPolygon parts overlap).`,
          },
        };
      }
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

type SegmentRef = [polygon: number, ring: number, start: number];

interface Segment {
  ref: SegmentRef;
  a: Position;
  b: Position;
  ringLength: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/**
 * The first pair of segments that cross, among all rings of all parts: a sweep along x, so each
 * segment is compared only with those whose x-range overlaps its own (a 20 000-segment boundary
 * in milliseconds instead of the ten seconds every pair would take).
 */
function findCrossing(polygons: Position[][][]): [SegmentRef, SegmentRef, Position] | null {
  const segments: Segment[] = [];
  polygons.forEach((rings, p) =>
    rings.forEach((ring, r) => {
      for (let i = 0; i < ring.length - 1; i++) {
        const [a, b] = [ring[i], ring[i + 1]];
        segments.push({
          ref: [p, r, i],
          a,
          b,
          ringLength: ring.length - 1,
          minX: Math.min(a[0], b[0]),
          maxX: Math.max(a[0], b[0]),
          minY: Math.min(a[1], b[1]),
          maxY: Math.max(a[1], b[1]),
        });
      }
    }),
  );
  segments.sort((s, t) => s.minX - t.minX);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    for (let j = i + 1; j < segments.length && segments[j].minX <= s.maxX; j++) {
      const t = segments[j];
      if (t.minY > s.maxY || t.maxY < s.minY) continue;
      if (s.ref[0] === t.ref[0] && s.ref[1] === t.ref[1]) {
        const gap = Math.abs(s.ref[2] - t.ref[2]);
        if (gap === 1 || gap === s.ringLength - 1) continue; // neighbours share a vertex by design
      }
      const hit = intersection(s.a, s.b, t.a, t.b);
      if (hit) return s.ref[2] <= t.ref[2] || s.ref[1] !== t.ref[1] ? [s.ref, t.ref, hit] : [t.ref, s.ref, hit];
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
