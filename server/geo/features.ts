import type { Geometry } from 'geojson';
import { wkbToGeometry } from './wkb';

/** A GeoJSON Feature whose properties are always present and carry the feature's id. */
export interface ApiFeature<P, G extends Geometry = Geometry> {
  type: 'Feature';
  id: string;
  geometry: G;
  properties: P & { id: string };
}

export function toFeature<P extends Record<string, unknown>>(
  id: string,
  wkb: Uint8Array,
  properties: P,
): ApiFeature<P> {
  return { type: 'Feature', id, geometry: wkbToGeometry(wkb), properties: { id, ...properties } };
}

export function featureCollection<F, X extends Record<string, unknown> = Record<never, never>>(
  features: F[],
  extra?: X,
) {
  return { type: 'FeatureCollection' as const, features, ...(extra as X) };
}

/** One Feature as JSON text, with the geometry already serialised (see wkbToGeoJsonText). */
export function featureText(id: string, geometryText: string, properties: Record<string, unknown>): string {
  return `{"type":"Feature","id":${JSON.stringify(id)},"geometry":${geometryText},"properties":${JSON.stringify({ id, ...properties })}}`;
}

export function featureCollectionText(features: string[], extra: Record<string, unknown> = {}): string {
  const members = Object.entries(extra)
    .map(([k, v]) => `,${JSON.stringify(k)}:${JSON.stringify(v)}`)
    .join('');
  return `{"type":"FeatureCollection","features":[${features.join(',')}]${members}}`;
}
