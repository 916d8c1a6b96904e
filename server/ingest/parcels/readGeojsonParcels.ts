import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { epsgFromName } from '../../domain/swedishCrs';
import { forEachPosition } from '../../domain/extent';
import { IngestError } from '../ingestError';
import type { ParcelSource } from './parcelSource';

/**
 * A GeoJSON FeatureCollection of parcels. Its CRS is the legacy `crs` member when present; RFC
 * 7946 GeoJSON has none and is WGS 84, unless the coordinates are plainly metres (then SWEREF
 * 99 TM is assumed and said so by the caller's report).
 */
export function readGeojsonParcels(text: string): ParcelSource {
  let doc: FeatureCollection & { crs?: { properties?: { name?: string } } };
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new IngestError(`Filen är inte läsbar JSON: ${(error as Error).message}`);
  }
  if (doc?.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    throw new IngestError('Filen är JSON men ingen GeoJSON FeatureCollection.');
  }
  const named = doc.crs?.properties?.name;
  let epsg = named ? epsgFromName(named) : 4326;
  if (epsg === null) throw new IngestError(`GeoJSON-filens koordinatsystem "${named}" känns inte igen.`);
  if (!named && looksLikeMetres(doc.features)) epsg = 3006;
  return {
    format: 'GeoJSON',
    epsg,
    features: doc.features.map((f: Feature<Geometry | null>) => ({
      properties: f.properties ?? {},
      geometry: f.geometry,
    })),
  };
}

function looksLikeMetres(features: Feature<Geometry | null>[]): boolean {
  const first = features.find((f) => f.geometry)?.geometry;
  let metres = false;
  if (first) forEachPosition(first, (p) => (metres ||= Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90));
  return metres;
}
