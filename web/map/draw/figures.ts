import { area, length, polygonToLine } from '@turf/turf';
import type { Polygon } from 'geojson';

/** Live figures of a boundary while it is drawn: geodesic area and perimeter. */
export function boundaryFigures(polygon: Polygon): { areaM2: number; perimeterM: number } {
  const outline = polygonToLine(polygon);
  const perimeterKm =
    outline.type === 'Feature' ? length(outline) : outline.features.reduce((s, f) => s + length(f), 0);
  return { areaM2: area(polygon), perimeterM: perimeterKm * 1000 };
}
