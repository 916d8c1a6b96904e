import type { Geometry } from 'geojson';
import { wkbToGeometry } from './wkb';

/** A GeoJSON Feature whose properties are always present and carry the feature's id. */
export interface ApiFeature<P, G extends Geometry = Geometry> {
  type: 'Feature';
  id: string;
  geometry: G;
  properties: P & { id: string };
}

export function toFeature<P extends Record<string, unknown>>(id: string, wkb: Uint8Array, properties: P): ApiFeature<P> {
  return { type: 'Feature', id, geometry: wkbToGeometry(wkb), properties: { id, ...properties } };
}

export function featureCollection<F, X extends Record<string, unknown> = Record<never, never>>(features: F[], extra?: X) {
  return { type: 'FeatureCollection' as const, features, ...(extra as X) };
}
