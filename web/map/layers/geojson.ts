import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/**
 * API features as the GeoJSON deck.gl takes. On the wire they are GeoJSON; only their types
 * differ: Hono's JSON types spell each geometry out structurally, which TypeScript does not
 * match to the `geojson` union. The one place that says so.
 */
export function toGeoJson<P>(
  features: readonly { geometry: unknown; properties: P }[],
): FeatureCollection<Geometry, P> {
  return { type: 'FeatureCollection', features: features as unknown as Feature<Geometry, P>[] };
}

/** The [west, south, east, north] of one API feature, to fit a map to it. */
export function featureBounds(feature: { geometry: unknown }): [number, number, number, number] {
  const [w, s, e, n] = bbox(toGeoJson([{ geometry: feature.geometry, properties: null }]));
  return [w, s, e, n];
}
