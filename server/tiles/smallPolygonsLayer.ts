import type { Feature, Position } from 'geojson';
import { PbfWriter } from 'pbf';
import { wkbToGeometry } from '../geo/wkb';
import { mercatorX, mercatorY, type TileAddress } from './tileMath';

type Value = string | number | boolean;

/** A polygon as stored (WKB) with the properties its tile feature carries. */
export interface WkbShape {
  wkb: Uint8Array;
  properties: Record<string, Value | null>;
}

/** The same shape as GeoJSON, for geojson-vt. */
export const shapeAsFeature = ({ wkb, properties }: WkbShape): Feature => ({
  type: 'Feature',
  geometry: wkbToGeometry(wkb),
  properties,
});

/**
 * How far, in tiles, a polygon may reach beyond its tile's edge and still be written whole.
 * MapLibre reads coordinates up to four tiles out and clips what it draws to the tile; a polygon
 * reaching further (a forest estate under a z16 tile) goes to geojson-vt, which clips it.
 */
const REACH = 1;

/**
 * One vector-tile layer (MVT 2) of small polygons, written straight from their WKB: no GeoJSON
 * index, no clipping (a polygon crossing the edge is written whole; MapLibre clips it as it draws
 * the tile) and no simplification (geojson-vt does none at the zoom a tile is cut for either).
 * Parcels and buildings are cut this way; on 3.3M parcels geojson-vt and vt-pbf were a third of a
 * cold z14 tile's time, and the objects they made most of its garbage. Null when a polygon
 * reaches too far or is not one: the caller cuts the layer with geojson-vt instead.
 */
export function smallPolygonsLayer(
  name: string,
  shapes: readonly WkbShape[],
  address: TileAddress,
  extent: number,
): Uint8Array | null {
  const project = projector(address, extent);
  const keys = new Map<string, number>();
  const values = new Map<string, { index: number; value: Value }>();
  const features: { tags: number[]; geometry: number[] }[] = [];
  for (const shape of shapes) {
    const geometry = wkbToGeometry(shape.wkb);
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates
          : null;
    if (!polygons) return null;
    const commands = polygonCommands(polygons, project);
    if (commands === null) return null;
    if (commands.length === 0) continue;
    features.push({ tags: tagsOf(shape.properties, keys, values), geometry: commands });
  }
  if (features.length === 0) return new Uint8Array(0);
  const pbf = new PbfWriter();
  pbf.writeMessage(
    3,
    () => {
      pbf.writeVarintField(15, 2);
      pbf.writeStringField(1, name);
      pbf.writeVarintField(5, extent);
      for (const feature of features)
        pbf.writeMessage(
          2,
          () => {
            pbf.writePackedVarint(2, feature.tags);
            pbf.writeVarintField(3, 3); // POLYGON
            pbf.writePackedVarint(4, feature.geometry);
          },
          null,
        );
      for (const key of keys.keys()) pbf.writeStringField(3, key);
      for (const { value } of values.values()) pbf.writeMessage(4, () => writeValue(pbf, value), null);
    },
    null,
  );
  return pbf.finish();
}

/**
 * WGS 84 to the tile's integer coordinates (Web Mercator, y down), added to a flat ring unless
 * the same as the point before; false when the point is beyond REACH.
 */
function projector({ z, x, y }: TileAddress, extent: number) {
  const scale = 2 ** z;
  const [low, high] = [-REACH * extent, (1 + REACH) * extent];
  return ([lon, lat]: Position, ring: number[]): boolean => {
    const px = Math.round((mercatorX(lon) * scale - x) * extent);
    const py = Math.round((mercatorY(lat) * scale - y) * extent);
    if (px < low || px > high || py < low || py > high) return false;
    const n = ring.length;
    if (n === 0 || ring[n - 2] !== px || ring[n - 1] !== py) ring.push(px, py);
    return true;
  };
}

const zigzag = (n: number) => (n << 1) ^ (n >> 31);
const command = (id: number, count: number) => (count << 3) | id;

/**
 * MoveTo, LineTo and ClosePath commands for the polygons' rings: each exterior ring with a
 * positive area in tile coordinates and each hole negative (as MVT 2 says), repeated points
 * dropped, rings of less than a unit's area left out with their holes. Null when a point is
 * beyond reach.
 */
function polygonCommands(polygons: Position[][][], project: ReturnType<typeof projector>): number[] | null {
  const out: number[] = [];
  let [cx, cy] = [0, 0];
  for (const polygon of polygons)
    for (let r = 0; r < polygon.length; r++) {
      const ring = tileRing(polygon[r], project);
      if (ring === null) return null;
      const area = ring.length < 6 ? 0 : ringArea(ring);
      if (area === 0) {
        if (r === 0) break; // no exterior: its holes go with it
        continue;
      }
      if (area > 0 !== (r === 0)) reverse(ring);
      for (let i = 0; i < ring.length; i += 2) {
        if (i === 0) out.push(command(1, 1));
        if (i === 2) out.push(command(2, ring.length / 2 - 1));
        out.push(zigzag(ring[i] - cx), zigzag(ring[i + 1] - cy));
        [cx, cy] = [ring[i], ring[i + 1]];
      }
      out.push(command(7, 1));
    }
  return out;
}

/** A ring as flat [x, y, x, y, …] tile coordinates, without repeats or its closing point. */
function tileRing(ring: Position[], project: ReturnType<typeof projector>): number[] | null {
  const flat: number[] = [];
  for (const position of ring) if (!project(position, flat)) return null;
  const n = flat.length;
  if (n > 2 && flat[0] === flat[n - 2] && flat[1] === flat[n - 1]) flat.length = n - 2;
  return flat;
}

/** Twice the ring's signed area by the surveyor's formula (positive: clockwise with y down). */
function ringArea(ring: number[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2)
    sum += ring[j] * ring[i + 1] - ring[i] * ring[j + 1];
  return sum;
}

/** The ring the other way round, from the same first point (as geojson-vt turns one). */
function reverse(ring: number[]) {
  for (let i = 2, j = ring.length - 2; i < j; i += 2, j -= 2) {
    [ring[i], ring[j]] = [ring[j], ring[i]];
    [ring[i + 1], ring[j + 1]] = [ring[j + 1], ring[i + 1]];
  }
}

/** Each property as a key and a value index into the layer's tables (nulls are left out). */
function tagsOf(
  properties: WkbShape['properties'],
  keys: Map<string, number>,
  values: Map<string, { index: number; value: Value }>,
): number[] {
  const tags: number[] = [];
  for (const [key, value] of Object.entries(properties)) {
    if (value === null) continue;
    let keyIndex = keys.get(key);
    if (keyIndex === undefined) keys.set(key, (keyIndex = keys.size));
    const valueKey = `${typeof value}:${value}`;
    let entry = values.get(valueKey);
    if (!entry) values.set(valueKey, (entry = { index: values.size, value }));
    tags.push(keyIndex, entry.index);
  }
  return tags;
}

/** A value as MVT 2 types it: string, bool, a whole number as uint or sint, else double. */
function writeValue(pbf: PbfWriter, value: Value) {
  if (typeof value === 'string') pbf.writeStringField(1, value);
  else if (typeof value === 'boolean') pbf.writeBooleanField(7, value);
  else if (!Number.isInteger(value)) pbf.writeDoubleField(3, value);
  else if (value < 0) pbf.writeSVarintField(6, value);
  else pbf.writeVarintField(5, value);
}
