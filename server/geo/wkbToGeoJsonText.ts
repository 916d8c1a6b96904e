/**
 * WKB straight to GeoJSON geometry text, without building coordinate arrays: the hot path of
 * every bbox response (a viewport of parcels is thousands of positions). Output is identical
 * to `JSON.stringify(wkbToGeometry(bytes))`; the tests hold it to that.
 */
const TYPE_NAMES = ['', 'Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon'];

export function wkbToGeoJsonText(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  let little = true;
  let dims = 2;

  const header = (): number => {
    little = view.getUint8(offset) === 1;
    const raw = view.getUint32(offset + 1, little);
    dims = (raw & 0x80000000) !== 0 || Math.floor((raw & 0xffff) / 1000) === 1 ? 3 : 2;
    offset += 5;
    const type = (raw & 0xffff) % 1000;
    if (type < 1 || type > 6) throw new Error(`Unsupported WKB geometry type ${raw}`);
    return type;
  };
  const count = (): number => {
    const n = view.getUint32(offset, little);
    offset += 4;
    return n;
  };
  const point = (): string => {
    const text = `[${view.getFloat64(offset, little)},${view.getFloat64(offset + 8, little)}]`;
    offset += dims * 8;
    return text;
  };
  const points = (): string => {
    const n = count();
    const parts = new Array<string>(n);
    for (let i = 0; i < n; i++) parts[i] = point();
    return `[${parts.join(',')}]`;
  };
  const rings = (): string => {
    const n = count();
    const parts = new Array<string>(n);
    for (let i = 0; i < n; i++) parts[i] = points();
    return `[${parts.join(',')}]`;
  };
  const body = (type: number): string => {
    switch (type) {
      case 1:
        return point();
      case 2:
        return points();
      case 3:
        return rings();
      default: {
        const n = count();
        const parts = new Array<string>(n);
        for (let i = 0; i < n; i++) parts[i] = body(header());
        return `[${parts.join(',')}]`;
      }
    }
  };
  const type = header();
  return `{"type":"${TYPE_NAMES[type]}","coordinates":${body(type)}}`;
}
