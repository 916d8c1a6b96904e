import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { archiveSource, tileSource, type TileLayerName } from './tiles';
import { MIN_ZOOM } from '../selection';

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
  'street-names-main',
  'street-names',
];

/** Streets (OSM highway kinds) named from further out: the through streets and pedestrian streets. */
const MAIN_STREETS = ['trunk', 'primary', 'secondary', 'tertiary', 'pedestrian'];

/**
 * Labels in the browser's own sans-serif: with no glyph server named in the style, MapLibre draws
 * each glyph locally, so names show on a closed network too.
 */
export const LABEL_FONT = ['sans-serif'];
export const LABEL_HALO = { 'text-halo-color': 'rgba(255, 255, 255, 0.9)', 'text-halo-width': 2 } as const;

/** Where the base map's tiles come from: this server, or one PMTiles archive (the static export). */
export type BasemapTiles = { from: 'server'; origin: string; version: string } | { from: 'archive'; url: string };

/**
 * The offline base map: water as background, land from the municipality outlines, streets and
 * buildings from the database, as vector tiles cut by our own server (or read from the export's
 * archive), street names along the streets. No tile server and no glyph server (MapLibre draws the
 * glyphs with the browser's font), so it works on a closed network.
 */
export function offlineBasemapStyle(tiles: BasemapTiles, attribution: string): StyleSpecification {
  // The data version in the address: an import changes it, so no browser keeps the old map.
  const query = (version: string): Record<string, string> => (version ? { v: version } : {});
  const sources: StyleSpecification['sources'] =
    tiles.from === 'server'
      ? {
          land: tileSource(tiles.origin, 'land', query(tiles.version), attribution),
          // Place names ride in the streets' tiles: one request and one tile per square for both.
          streets: tileSource(tiles.origin, ['streets', 'places'], query(tiles.version)),
          buildings: tileSource(tiles.origin, 'buildings', query(tiles.version)),
        }
      : { archive: archiveSource(tiles.url, attribution) };
  const from = (layer: TileLayerName) => ({
    source: tiles.from === 'archive' ? 'archive' : layer === 'places' ? 'streets' : layer,
    'source-layer': layer,
  });
  const streetNames = (id: string, kinds: ExpressionSpecification, minzoom: number): LayerSpecification => ({
    id,
    type: 'symbol',
    ...from('streets'),
    minzoom,
    filter: ['all', ['has', 'name'], kinds],
    layout: {
      'symbol-placement': 'line',
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': 12,
      'symbol-spacing': 300,
    },
    paint: { 'text-color': '#5a5550', ...LABEL_HALO },
  });
  const major: ExpressionSpecification = ['in', ['get', 'kind'], ['literal', ['city', 'town']]];
  const placeNames = (
    id: string,
    filter: ExpressionSpecification,
    minzoom: number,
    size: number,
  ): LayerSpecification => ({
    id,
    type: 'symbol',
    ...from('places'),
    minzoom,
    filter,
    layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': size },
    paint: { 'text-color': 'rgba(70, 70, 80, 0.9)', ...LABEL_HALO },
  });
  return {
    version: 8,
    name: 'Platsatlas offline',
    sources,
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
      { id: 'land', type: 'fill', ...from('land'), paint: { 'fill-color': BASEMAP_COLORS.land } },
      {
        id: 'roads-casing',
        type: 'line',
        ...from('streets'),
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
        ...from('streets'),
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
        ...from('streets'),
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
        ...from('streets'),
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
        ...from('buildings'),
        minzoom: 13,
        paint: { 'fill-color': BASEMAP_COLORS.building },
      },
      {
        id: 'buildings-outline',
        type: 'line',
        ...from('buildings'),
        minzoom: 14,
        paint: { 'line-color': BASEMAP_COLORS.buildingOutline, 'line-width': 0.5 },
      },
      // Main streets' names above the rest: MapLibre places the upper layer's labels first.
      streetNames('street-names', ['!', ['in', ['get', 'kind'], ['literal', MAIN_STREETS]]], MIN_ZOOM.streetNames),
      streetNames('street-names-main', ['in', ['get', 'kind'], ['literal', MAIN_STREETS]], MIN_ZOOM.mainStreetNames),
      // Cities and towns always; suburbs and quarters from city zoom (12) inwards.
      placeNames('place-labels-major', major, 0, 18),
      placeNames('place-labels-minor', ['!', major], 12, 14),
    ],
  };
}
