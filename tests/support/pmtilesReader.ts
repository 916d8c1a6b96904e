import { PMTiles, type Source } from 'pmtiles';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';

/** The official PMTiles reader over an archive in memory, as a browser reads one over HTTP ranges. */
export function readArchive(bytes: Uint8Array) {
  const source: Source = {
    getKey: () => 'memory',
    getBytes: async (offset, length) => ({
      data: bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length) as ArrayBuffer,
    }),
  };
  const archive = new PMTiles(source);
  return {
    header: () => archive.getHeader(),
    metadata: () => archive.getMetadata(),
    /** The decoded tile at z/x/y, or null when the archive has none there. */
    async tile(z: number, x: number, y: number): Promise<VectorTile | null> {
      const found = await archive.getZxy(z, x, y);
      return found ? new VectorTile(new PbfReader(new Uint8Array(found.data))) : null;
    },
  };
}
