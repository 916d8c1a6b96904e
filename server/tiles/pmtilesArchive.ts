import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';
import type { Extent } from '../domain/extent';

/** One tile of the archive, already gzip'd. */
export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  gzipped: Uint8Array;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
/** The spec keeps header and root directory within the first 16 KiB, so one request reads both. */
const ROOT_MAX_BYTES = 16_384 - HEADER_BYTES;
const LEAF_ENTRIES = 4096;
const GZIP = 2;
const MVT = 1;

function varints(values: number[]): number[] {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
  }
  return out;
}

/** A directory as the PMTiles v3 spec lays it out: columns of varints, offsets delta-coded. */
function directory(entries: Entry[]): Buffer {
  const ids = entries.map((e, i) => e.tileId - (i > 0 ? entries[i - 1].tileId : 0));
  const offsets = entries.map((e, i) =>
    i > 0 && e.offset === entries[i - 1].offset + entries[i - 1].length ? 0 : e.offset + 1,
  );
  const bytes = varints([
    entries.length,
    ...ids,
    ...entries.map((e) => e.runLength),
    ...entries.map((e) => e.length),
    ...offsets,
  ]);
  return gzipSync(Uint8Array.from(bytes));
}

/** The root directory, with leaf directories when the entries do not fit in it. */
function directories(entries: Entry[]): { root: Buffer; leaves: Buffer } {
  const root = directory(entries);
  if (root.length <= ROOT_MAX_BYTES) return { root, leaves: Buffer.alloc(0) };
  const leafEntries: Entry[] = [];
  const leafBytes: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < entries.length; i += LEAF_ENTRIES) {
    const leaf = directory(entries.slice(i, i + LEAF_ENTRIES));
    leafEntries.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
    leafBytes.push(leaf);
    offset += leaf.length;
  }
  return { root: directory(leafEntries), leaves: Buffer.concat(leafBytes) };
}

const u64 = (view: DataView, at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
const e7 = (degrees: number) => Math.round(degrees * 1e7);

/**
 * A PMTiles v3 archive of gzip'd vector tiles (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
 * one file a static server, an object store or a CDN serves with range requests. Identical
 * tiles (open water, empty fields) are stored once.
 */
export function pmtilesArchive(
  tiles: ArchiveTile[],
  { bounds, metadata }: { bounds: Extent; metadata: Record<string, unknown> },
): Buffer {
  const sorted = tiles.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  const data: Uint8Array[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  let dataLength = 0;
  for (const tile of sorted) {
    const hash = createHash('sha1').update(tile.gzipped).digest('hex');
    let at = stored.get(hash);
    if (!at) {
      at = { offset: dataLength, length: tile.gzipped.length };
      stored.set(hash, at);
      data.push(tile.gzipped);
      dataLength += tile.gzipped.length;
    }
    const last = entries.at(-1);
    if (last && last.offset === at.offset && last.tileId + last.runLength === tile.tileId) last.runLength++;
    else entries.push({ tileId: tile.tileId, ...at, runLength: 1 });
  }
  const { root, leaves } = directories(entries);
  const meta = gzipSync(JSON.stringify(metadata));

  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  new TextEncoder().encodeInto('PMTiles', new Uint8Array(header.buffer));
  header.setUint8(7, 3);
  const rootAt = HEADER_BYTES;
  const metaAt = rootAt + root.length;
  const leavesAt = metaAt + meta.length;
  const dataAt = leavesAt + leaves.length;
  u64(header, 8, rootAt);
  u64(header, 16, root.length);
  u64(header, 24, metaAt);
  u64(header, 32, meta.length);
  u64(header, 40, leavesAt);
  u64(header, 48, leaves.length);
  u64(header, 56, dataAt);
  u64(header, 64, dataLength);
  u64(header, 72, sorted.length);
  u64(header, 80, entries.length);
  u64(header, 88, data.length);
  header.setUint8(96, 1); // clustered: tile data in tile-id order
  header.setUint8(97, GZIP);
  header.setUint8(98, GZIP);
  header.setUint8(99, MVT);
  const zooms = sorted.map((t) => t.z);
  const minZoom = Math.min(...zooms);
  const maxZoom = Math.max(...zooms);
  header.setUint8(100, minZoom);
  header.setUint8(101, maxZoom);
  const [w, s, e, n] = bounds;
  header.setInt32(102, e7(w), true);
  header.setInt32(106, e7(s), true);
  header.setInt32(110, e7(e), true);
  header.setInt32(114, e7(n), true);
  header.setUint8(118, Math.round((minZoom + maxZoom) / 2));
  header.setInt32(119, e7((w + e) / 2), true);
  header.setInt32(123, e7((s + n) / 2), true);
  return Buffer.concat([new Uint8Array(header.buffer), root, meta, leaves, ...data]);
}
