import { area } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

/** A district boundary's area as stored with each version: m², one decimal. */
export function boundaryAreaM2(geometry: Polygon | MultiPolygon): number {
  return Math.round(area(geometry) * 10) / 10;
}
