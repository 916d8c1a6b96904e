import { PbfReader } from 'pbf';
import tinyOsmPbf from 'tiny-osmpbf';
import { IngestError } from '../ingestError';
import { extractFromElements, type OsmElement, type OsmExtract } from './osmExtract';

/**
 * An OpenStreetMap PBF extract (`.osm.pbf`, as Geofabrik, BBBike or `osmium extract` write
 * it), read by `tiny-osmpbf` (by the author of osmtogeojson, which then builds the geometry,
 * as for XML) into the same elements.
 */
export function readOsmPbf(bytes: Uint8Array): OsmExtract {
  checkFraming(bytes);
  let elements: OsmElement[];
  try {
    elements = tinyOsmPbf(bytes).elements;
  } catch (error) {
    throw new IngestError(`Filen ser ut som OSM PBF men går inte att läsa: ${(error as Error).message}`);
  }
  return extractFromElements(elements);
}

/**
 * A PBF file is a run of blobs, each a 4-byte length, a header naming its size, and the blob.
 * Walked before parsing: the parser does not stop on a file cut short (a broken download), it
 * loops; here such a file gets a sentence.
 */
function checkFraming(bytes: Uint8Array) {
  const cut = () =>
    new IngestError('OSM PBF-filen är avklippt eller skadad (en del av filen saknas). Ladda ner utdraget på nytt.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (at < bytes.length) {
    if (at + 4 > bytes.length) throw cut();
    const headerLength = view.getUint32(at);
    at += 4;
    if (at + headerLength > bytes.length) throw cut();
    const header = new PbfReader(bytes.subarray(at, at + headerLength)).readFields(
      (tag, h: { dataSize: number }, pbf) => {
        if (tag === 3) h.dataSize = pbf.readVarint();
      },
      { dataSize: -1 },
    );
    at += headerLength;
    if (header.dataSize < 0 || at + header.dataSize > bytes.length) throw cut();
    at += header.dataSize;
  }
}
