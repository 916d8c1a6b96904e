import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { detectCrs, geometrySwerefToWgs84 } from '../../server/domain/sweref';

/**
 * Reads a boundary from a GeoJSON file in WGS 84 or SWEREF 99 TM (from its `crs` member or its
 * coordinates). Returns the first polygon, or an error key for the UI.
 */
export async function readBoundaryFile(
  file: File,
): Promise<{ polygon: Polygon } | { error: 'notGeojson' | 'noPolygon' | 'multiPart' }> {
  let doc: (FeatureCollection | Feature | Geometry) & { crs?: { properties?: { name?: string } } };
  try {
    doc = JSON.parse(await file.text());
  } catch {
    return { error: 'notGeojson' };
  }
  const geometries: Geometry[] =
    doc.type === 'FeatureCollection'
      ? doc.features.map((f) => f.geometry).filter(Boolean)
      : doc.type === 'Feature'
        ? [doc.geometry]
        : [doc as Geometry];
  const shape = geometries.find((g) => g?.type === 'Polygon' || g?.type === 'MultiPolygon');
  if (!shape) return { error: 'noPolygon' };
  const wgs84 = detectCrs(doc, shape) === 'EPSG:3006' ? geometrySwerefToWgs84(shape) : shape;
  if (wgs84.type === 'MultiPolygon') {
    if (wgs84.coordinates.length !== 1) return { error: 'multiPart' };
    return { polygon: { type: 'Polygon', coordinates: wgs84.coordinates[0] } };
  }
  return { polygon: wgs84 as Polygon };
}
