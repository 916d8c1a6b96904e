import { geojson } from 'flatgeobuf';
import type { Geometry } from 'geojson';
import { IngestError } from '../ingestError';
import type { ParcelSource } from './parcelSource';

/**
 * A FlatGeobuf file of parcels (read with the format's own library). Its CRS is the header's
 * EPSG code; a file that names none is refused rather than guessed.
 */
export async function readFlatgeobufParcels(bytes: Uint8Array): Promise<ParcelSource> {
  let epsg: number | null = null;
  const features: ParcelSource['features'] = [];
  try {
    const reader = geojson.deserialize(bytes, {
      headerMetaFn: (header) => {
        epsg = header.crs?.code || null;
      },
    });
    for await (const f of reader) {
      features.push({
        properties: (f.properties ?? {}) as Record<string, unknown>,
        geometry: f.geometry as Geometry | null,
      });
    }
  } catch (error) {
    throw new IngestError(`FlatGeobuf-filen går inte att läsa (trasig eller avklippt?): ${(error as Error).message}`);
  }
  if (epsg === null) throw new IngestError('FlatGeobuf-filen anger inget koordinatsystem (EPSG-kod saknas i huvudet).');
  return { format: 'FlatGeobuf', epsg, features };
}
