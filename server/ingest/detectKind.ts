import { IngestError } from './ingestError';

export type FileKind = 'osm-xml' | 'osm-pbf' | 'geojson' | 'geopackage' | 'shapefile-zip' | 'flatgeobuf' | 'csv';

/**
 * What a file is, from its first bytes rather than its name: a user's `export.osm` may be
 * called anything. Formats Platsatlas knows but cannot read yet are named in the refusal.
 */
export function detectKind(head: Uint8Array): FileKind {
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(<\?xml[^>]*>\s*)?<osm[\s>]/.test(text)) return 'osm-xml';
  if (text.startsWith('SQLite format 3')) return 'geopackage';
  // A PBF file opens with the length of its first blob header, then that header's type.
  if (text.slice(0, 32).includes('OSMHeader')) return 'osm-pbf';
  if (text.startsWith('{')) return 'geojson';
  // FlatGeobuf's magic bytes: "fgb", a version byte, "fgb", 0.
  if (head[0] === 0x66 && head[1] === 0x67 && head[2] === 0x62 && head[4] === 0x66) return 'flatgeobuf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4) return 'shapefile-zip';
  // A table: a header line of names between semicolons, commas or tabs, no NUL bytes.
  const firstLine = text.split(/\r?\n/)[0];
  if (!head.subarray(0, 512).includes(0) && /^[^<{[][^;,\t]*[;,\t]/.test(firstLine)) return 'csv';
  const known: [RegExp | ((t: string) => boolean), string][] = [
    [(t) => t.startsWith('['), 'JSON men ingen GeoJSON'],
    [(t) => t.startsWith('<'), 'XML som inte är OpenStreetMap-data'],
  ];
  const found = known.find(([test]) => (typeof test === 'function' ? test(text) : test.test(text)));
  throw new IngestError(
    found
      ? `Filen är ${found[1]}. Än så länge läses OpenStreetMap (.osm, .osm.pbf), GeoJSON, GeoPackage, FlatGeobuf, zippade Shapefiler och ägare som CSV; den här sortens fil kan inte läsas in ännu.`
      : 'Filens format känns inte igen: varken OpenStreetMap (XML eller PBF), GeoJSON, GeoPackage, Shapefile, FlatGeobuf eller CSV.',
  );
}
