import type { Geometry, Position } from 'geojson';

/** An axis-aligned extent [minX, minY, maxX, maxY], the unit of every bbox filter. */
export type Extent = [number, number, number, number];

export function geometryExtent(geometry: Geometry): Extent {
  const e: Extent = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (p: Position) => {
    if (p[0] < e[0]) e[0] = p[0];
    if (p[1] < e[1]) e[1] = p[1];
    if (p[0] > e[2]) e[2] = p[0];
    if (p[1] > e[3]) e[3] = p[1];
  };
  forEachPosition(geometry, visit);
  return e;
}

export function forEachPosition(geometry: Geometry, visit: (p: Position) => void): void {
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates);
      break;
    case 'LineString':
    case 'MultiPoint':
      geometry.coordinates.forEach(visit);
      break;
    case 'Polygon':
    case 'MultiLineString':
      geometry.coordinates.forEach((r) => r.forEach(visit));
      break;
    case 'MultiPolygon':
      geometry.coordinates.forEach((p) => p.forEach((r) => r.forEach(visit)));
      break;
    case 'GeometryCollection':
      geometry.geometries.forEach((g) => forEachPosition(g, visit));
      break;
  }
}

export function mapPositions<G extends Geometry>(geometry: G, fn: (p: Position) => Position): G {
  const g = geometry as Geometry;
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: fn(g.coordinates) } as G;
    case 'LineString':
    case 'MultiPoint':
      return { ...g, coordinates: g.coordinates.map(fn) } as G;
    case 'Polygon':
    case 'MultiLineString':
      return { ...g, coordinates: g.coordinates.map((r) => r.map(fn)) } as G;
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map((p) => p.map((r) => r.map(fn))) } as G;
    case 'GeometryCollection':
      return { ...g, geometries: g.geometries.map((x) => mapPositions(x, fn)) } as G;
  }
}
