import type { Geometry, Position } from 'geojson';

/**
 * WKB (ISO, little-endian, 2D) ⇄ GeoJSON for the geometry kinds Platsatlas stores.
 * DuckDB's core GEOMETRY type speaks WKB but has no GeoJSON functions without the
 * spatial extension, which cannot be installed offline; this codec is that bridge.
 */

const TYPE_CODES = { Point: 1, LineString: 2, Polygon: 3, MultiPoint: 4, MultiLineString: 5, MultiPolygon: 6 } as const;
type SupportedType = keyof typeof TYPE_CODES;

export function geometryToWkb(geometry: Geometry): Uint8Array {
  const size = byteSize(geometry);
  const view = new DataView(new ArrayBuffer(size));
  const end = writeGeometry(view, 0, geometry);
  if (end !== size) throw new Error(`WKB size mismatch: ${end} != ${size}`);
  return new Uint8Array(view.buffer);
}

export function wkbToGeometry(bytes: Uint8Array): Geometry {
  return new WkbReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)).geometry();
}

function byteSize(g: Geometry): number {
  const header = 5;
  switch (g.type) {
    case 'Point':
      return header + 16;
    case 'LineString':
      return header + 4 + g.coordinates.length * 16;
    case 'Polygon':
      return header + ringsSize(g.coordinates);
    case 'MultiPoint':
      return header + 4 + g.coordinates.length * 21;
    case 'MultiLineString':
      return header + 4 + g.coordinates.reduce((s, l) => s + header + 4 + l.length * 16, 0);
    case 'MultiPolygon':
      return header + 4 + g.coordinates.reduce((s, p) => s + header + ringsSize(p), 0);
    default:
      throw new Error(`Unsupported geometry type: ${g.type}`);
  }
}

function ringsSize(rings: Position[][]): number {
  return 4 + rings.reduce((s, r) => s + 4 + r.length * 16, 0);
}

function writeHeader(view: DataView, offset: number, type: SupportedType): number {
  view.setUint8(offset, 1);
  view.setUint32(offset + 1, TYPE_CODES[type], true);
  return offset + 5;
}

function writePoints(view: DataView, offset: number, points: Position[]): number {
  view.setUint32(offset, points.length, true);
  offset += 4;
  for (const p of points) {
    view.setFloat64(offset, p[0], true);
    view.setFloat64(offset + 8, p[1], true);
    offset += 16;
  }
  return offset;
}

function writeRings(view: DataView, offset: number, rings: Position[][]): number {
  view.setUint32(offset, rings.length, true);
  offset += 4;
  for (const ring of rings) offset = writePoints(view, offset, ring);
  return offset;
}

function writeGeometry(view: DataView, offset: number, g: Geometry): number {
  switch (g.type) {
    case 'Point':
      offset = writeHeader(view, offset, 'Point');
      view.setFloat64(offset, g.coordinates[0], true);
      view.setFloat64(offset + 8, g.coordinates[1], true);
      return offset + 16;
    case 'LineString':
      return writePoints(view, writeHeader(view, offset, 'LineString'), g.coordinates);
    case 'Polygon':
      return writeRings(view, writeHeader(view, offset, 'Polygon'), g.coordinates);
    case 'MultiPoint':
      return writeParts(
        view,
        writeHeader(view, offset, 'MultiPoint'),
        g.coordinates.map((c) => ({ type: 'Point', coordinates: c })),
      );
    case 'MultiLineString':
      return writeParts(
        view,
        writeHeader(view, offset, 'MultiLineString'),
        g.coordinates.map((c) => ({ type: 'LineString', coordinates: c })),
      );
    case 'MultiPolygon':
      return writeParts(
        view,
        writeHeader(view, offset, 'MultiPolygon'),
        g.coordinates.map((c) => ({ type: 'Polygon', coordinates: c })),
      );
    default:
      throw new Error(`Unsupported geometry type: ${g.type}`);
  }
}

function writeParts(view: DataView, offset: number, parts: Geometry[]): number {
  view.setUint32(offset, parts.length, true);
  offset += 4;
  for (const part of parts) offset = writeGeometry(view, offset, part);
  return offset;
}

/**
 * Reads WKB from a cursor. A class, not closures made per geometry: a tile's cut reads thousands
 * of geometries, and closures (each named again under tsx) were a tenth of its time.
 */
class WkbReader {
  private offset = 0;
  private little = true;
  private dims = 2;

  constructor(private readonly view: DataView) {}

  geometry(): Geometry {
    const view = this.view;
    this.little = view.getUint8(this.offset) === 1;
    // ISO WKB may add 1000/2000/3000 for Z/M/ZM; EWKB sets high flag bits. Platsatlas writes 2D
    // only, but tolerate Z so that imported 3D data still reads (the extra ordinate is dropped).
    const rawType = view.getUint32(this.offset + 1, this.little);
    const hasZ = (rawType & 0x80000000) !== 0 || Math.floor((rawType & 0xffff) / 1000) === 1;
    this.dims = hasZ ? 3 : 2;
    this.offset += 5;
    switch ((rawType & 0xffff) % 1000) {
      case 1:
        return { type: 'Point', coordinates: this.point() };
      case 2:
        return { type: 'LineString', coordinates: this.points() };
      case 3:
        return { type: 'Polygon', coordinates: this.rings() };
      case 4:
        return { type: 'MultiPoint', coordinates: this.parts<GeoJSON.Point>().map((g) => g.coordinates) };
      case 5:
        return { type: 'MultiLineString', coordinates: this.parts<GeoJSON.LineString>().map((g) => g.coordinates) };
      case 6:
        return { type: 'MultiPolygon', coordinates: this.parts<GeoJSON.Polygon>().map((g) => g.coordinates) };
      default:
        throw new Error(`Unsupported WKB geometry type ${rawType}`);
    }
  }

  private count(): number {
    const n = this.view.getUint32(this.offset, this.little);
    this.offset += 4;
    return n;
  }

  private point(): Position {
    const p = [this.view.getFloat64(this.offset, this.little), this.view.getFloat64(this.offset + 8, this.little)];
    this.offset += this.dims * 8;
    return p;
  }

  private points(): Position[] {
    const points = new Array<Position>(this.count());
    for (let i = 0; i < points.length; i++) points[i] = this.point();
    return points;
  }

  private rings(): Position[][] {
    const rings = new Array<Position[]>(this.count());
    for (let i = 0; i < rings.length; i++) rings[i] = this.points();
    return rings;
  }

  /** A multi-geometry's parts: each a whole WKB geometry with its own byte order. */
  private parts<T extends Geometry>(): T[] {
    const parts = new Array<T>(this.count());
    for (let i = 0; i < parts.length; i++) parts[i] = this.geometry() as T;
    return parts;
  }
}
