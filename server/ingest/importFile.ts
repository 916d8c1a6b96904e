import type { Db } from '../store/db';
import type { Place } from '../store/places';
import { detectKind } from './detectKind';
import { importOsmIntoPlace, type OsmImportReport } from './importOsmIntoPlace';
import { readOsmXml } from './osm/readOsmXml';
import { readOsmPbf } from './osm/readOsmPbf';
import { readGeojsonParcels } from './parcels/readGeojsonParcels';
import { readGeopackageParcels } from './parcels/readGeopackageParcels';
import { readShapefileParcels } from './parcels/readShapefileParcels';
import { readFlatgeobufParcels } from './parcels/readFlatgeobufParcels';
import { importParcelsIntoPlace, type ParcelImportReport } from './parcels/importParcelsIntoPlace';
import { importOwnersCsv, type OwnersImportReport } from './owners/importOwnersCsv';
import { decodeText } from './csv/csvTable';

export type ImportReport =
  | ({ kind: 'osm'; format: 'OpenStreetMap XML' | 'OpenStreetMap PBF' } & OsmImportReport)
  | ({ kind: 'parcels' } & ParcelImportReport)
  | ({ kind: 'owners' } & OwnersImportReport);

/**
 * One file into one place, whatever it is: the kind is read from the content (an `.osm` may be
 * called anything), then the importer for it runs, all or nothing. Throws IngestError with a
 * sentence for a file it cannot take.
 */
export async function importFileIntoPlace(
  db: Db,
  place: Place,
  bytes: Uint8Array,
  options: { userId: string; designationField?: string; preview?: boolean },
): Promise<ImportReport> {
  const kind = detectKind(bytes);
  const text = () => new TextDecoder().decode(bytes);
  if (kind === 'osm-xml' || kind === 'osm-pbf') {
    const extract = kind === 'osm-xml' ? readOsmXml(text()) : readOsmPbf(bytes);
    const format = kind === 'osm-xml' ? 'OpenStreetMap XML' : 'OpenStreetMap PBF';
    return { kind: 'osm', format, ...(await importOsmIntoPlace(db, place, extract, options)) };
  }
  if (kind === 'csv') return { kind: 'owners', ...(await importOwnersCsv(db, place, decodeText(bytes), options)) };
  const source =
    kind === 'geojson'
      ? readGeojsonParcels(text())
      : kind === 'geopackage'
        ? await readGeopackageParcels(bytes)
        : kind === 'flatgeobuf'
          ? await readFlatgeobufParcels(bytes)
          : await readShapefileParcels(bytes);
  return {
    kind: 'parcels',
    ...(await importParcelsIntoPlace(db, place, source, options)),
  };
}
