import type { StyleSpecification } from 'maplibre-gl';
import type { Bbox } from './bbox';

export const BASEMAP_COLORS = {
  water: '#aacbe0',
  land: '#f1eee8',
  building: '#ddd5cb',
  buildingOutline: '#c9bfb2',
  road: '#ffffff',
  roadCasing: '#d6d0c6',
  primary: '#fbe6b0',
  primaryCasing: '#e0c27a',
} as const;

/** The base-map layers a user can switch off together ("buildings and streets"). */
export const FABRIC_LAYER_IDS = [
  'buildings',
  'buildings-outline',
  'roads-casing',
  'roads',
  'primary-casing',
  'primary',
];

/**
 * The offline base map: water as background, land from the municipality outlines, streets and
 * buildings from the database, all as GeoJSON sources served by our own API. No tile server,
 * no glyphs (labels are drawn by deck.gl), so it works on a closed network.
 */
export function offlineBasemapStyle(
  origin: string,
  region: Bbox,
  attribution: string,
  version = '',
): StyleSpecification {
  // The data version in the address: an import changes it, so no browser keeps the old map.
  const url = (layer: string, bbox: Bbox) =>
    `${origin}/api/basemap/${layer}?bbox=${bbox.join(',')}${version ? `&v=${version}` : ''}`;
  // Land reaches far beyond the town so that zooming out still shows the coast.
  const [minLon, minLat, maxLon, maxLat] = region;
  const wide: Bbox = [minLon - 1, minLat - 0.6, maxLon + 1, maxLat + 0.6];
  return {
    version: 8,
    name: 'Platsatlas offline',
    sources: {
      land: { type: 'geojson', data: url('land', wide), attribution },
      roads: { type: 'geojson', data: url('road', region) },
      buildings: { type: 'geojson', data: url('building', region) },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': BASEMAP_COLORS.land } },
      {
        id: 'roads-casing',
        type: 'line',
        source: 'roads',
        minzoom: 12,
        filter: ['!=', ['get', 'kind'], 'primary'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': BASEMAP_COLORS.roadCasing,
          'line-width': ['interpolate', ['exponential', 2], ['zoom'], 12, 1.5, 18, 24],
        },
      },
      {
        id: 'roads',
        type: 'line',
        source: 'roads',
        minzoom: 12,
        filter: ['!=', ['get', 'kind'], 'primary'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': BASEMAP_COLORS.road,
          'line-width': ['interpolate', ['exponential', 2], ['zoom'], 12, 0.8, 18, 20],
        },
      },
      {
        id: 'primary-casing',
        type: 'line',
        source: 'roads',
        filter: ['==', ['get', 'kind'], 'primary'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': BASEMAP_COLORS.primaryCasing,
          'line-width': ['interpolate', ['exponential', 2], ['zoom'], 10, 1.5, 18, 30],
        },
      },
      {
        id: 'primary',
        type: 'line',
        source: 'roads',
        filter: ['==', ['get', 'kind'], 'primary'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': BASEMAP_COLORS.primary,
          'line-width': ['interpolate', ['exponential', 2], ['zoom'], 10, 1, 18, 26],
        },
      },
      {
        id: 'buildings',
        type: 'fill',
        source: 'buildings',
        minzoom: 14,
        paint: { 'fill-color': BASEMAP_COLORS.building },
      },
      {
        id: 'buildings-outline',
        type: 'line',
        source: 'buildings',
        minzoom: 15,
        paint: { 'line-color': BASEMAP_COLORS.buildingOutline, 'line-width': 0.5 },
      },
    ],
  };
}
