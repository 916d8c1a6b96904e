import type { DistrictCollection } from '../api/client';

/** Saves the district's current boundary as a GeoJSON file (WGS 84). */
export function downloadBoundary(district: DistrictCollection['features'][number]) {
  const feature = {
    type: 'Feature',
    id: district.id,
    geometry: district.geometry,
    properties: { ...district.properties },
  };
  const blob = new Blob([JSON.stringify({ type: 'FeatureCollection', features: [feature] }, null, 2)], {
    type: 'application/geo+json',
  });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${district.properties.name.replace(/[^\p{L}\p{N}]+/gu, '-')}-v${district.properties.version}.geojson`;
  a.click();
  URL.revokeObjectURL(a.href);
}
