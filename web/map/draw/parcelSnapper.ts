import type { Position } from 'geojson';

interface Segment {
  a: Position;
  b: Position;
}

/**
 * Snaps a pointer position to the nearest parcel corner, or else the nearest point on a parcel
 * edge, within a tolerance in screen pixels. Corners and edges sit in a grid of cells so a
 * pointer move looks at a handful of candidates, not every parcel in the viewport.
 */
export class ParcelSnapper {
  private readonly cells = new Map<string, Segment[]>();
  private readonly cell = 0.0005; // degrees, ~35–55 m here

  constructor(rings: Position[][]) {
    for (const ring of rings) {
      for (let i = 0; i < ring.length - 1; i++) this.add({ a: ring[i], b: ring[i + 1] });
    }
  }

  /** `pixelSize` is the size of one screen pixel in degrees [lon, lat] at the current zoom. */
  snap(at: Position, pixelSize: [number, number], tolerancePx: number): Position | undefined {
    const [sx, sy] = pixelSize;
    const reach = [sx * tolerancePx, sy * tolerancePx];
    const candidates = this.near(at, reach);
    const px = (p: Position) => Math.hypot((p[0] - at[0]) / sx, (p[1] - at[1]) / sy);
    let best: Position | undefined;
    let bestDistance = tolerancePx;
    for (const s of candidates) {
      for (const corner of [s.a, s.b]) {
        const d = px(corner);
        if (d <= bestDistance) {
          best = corner;
          bestDistance = d;
        }
      }
    }
    if (best) return best; // corners win over edges
    bestDistance = tolerancePx;
    for (const s of candidates) {
      const p = closestOnSegment(at, s, sx, sy);
      const d = px(p);
      if (d <= bestDistance) {
        best = p;
        bestDistance = d;
      }
    }
    return best;
  }

  private add(segment: Segment) {
    const [x0, x1] = [Math.min(segment.a[0], segment.b[0]), Math.max(segment.a[0], segment.b[0])];
    const [y0, y1] = [Math.min(segment.a[1], segment.b[1]), Math.max(segment.a[1], segment.b[1])];
    for (let x = Math.floor(x0 / this.cell); x <= Math.floor(x1 / this.cell); x++) {
      for (let y = Math.floor(y0 / this.cell); y <= Math.floor(y1 / this.cell); y++) {
        const key = `${x}:${y}`;
        const list = this.cells.get(key);
        if (list) list.push(segment);
        else this.cells.set(key, [segment]);
      }
    }
  }

  private near(at: Position, [rx, ry]: number[]): Set<Segment> {
    const found = new Set<Segment>();
    for (let x = Math.floor((at[0] - rx) / this.cell); x <= Math.floor((at[0] + rx) / this.cell); x++) {
      for (let y = Math.floor((at[1] - ry) / this.cell); y <= Math.floor((at[1] + ry) / this.cell); y++) {
        for (const s of this.cells.get(`${x}:${y}`) ?? []) found.add(s);
      }
    }
    return found;
  }
}

/** Closest point on segment ab to p, measured in screen space (pixels are not square in degrees). */
function closestOnSegment(p: Position, { a, b }: Segment, sx: number, sy: number): Position {
  const ab = [(b[0] - a[0]) / sx, (b[1] - a[1]) / sy];
  const ap = [(p[0] - a[0]) / sx, (p[1] - a[1]) / sy];
  const len2 = ab[0] * ab[0] + ab[1] * ab[1];
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (ap[0] * ab[0] + ap[1] * ab[1]) / len2));
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

/** Size of one screen pixel in degrees at a latitude and zoom (Web Mercator, 512-px tiles). */
export function pixelSizeDegrees(lat: number, zoom: number): [number, number] {
  const lon = 360 / (512 * 2 ** zoom);
  return [lon, lon * Math.cos((lat * Math.PI) / 180)];
}
