import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { detectCrs, geometrySwerefToWgs84 } from '../../domain/sweref';

/** Reads a GeoJSON FeatureCollection in WGS 84 or SWEREF 99 TM and returns it in WGS 84. */
export function readGeojsonWgs84(path: string): Feature<Geometry>[] {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection & {
    crs?: { properties?: { name?: string } };
  };
  if (doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    throw new Error(`${path} is not a GeoJSON FeatureCollection`);
  }
  const features = doc.features.filter((f): f is Feature<Geometry> => Boolean(f?.geometry));
  const crs = detectCrs(doc, features[0]?.geometry ?? null);
  if (crs === 'EPSG:4326') return features;
  return features.map((f) => ({ ...f, geometry: geometrySwerefToWgs84(f.geometry) }));
}

export function featureId(feature: Feature, fallback: string): string {
  const p = feature.properties ?? {};
  const raw = feature.id ?? p.id ?? p['@id'] ?? fallback;
  return String(raw);
}
