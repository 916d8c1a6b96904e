import { useEffect } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { ExpressionSpecification, GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { FOCUS_AREA_COLORS, SELECTED, VACANT_COLOR, rgbaCss } from './layers/colors';
import type { ActionOnMap } from './layers/actions';
import { useStyleAddition } from './useStyleAddition';
import { fewFeaturesSource } from './fewFeaturesSource';
import { setPaints } from './setPaints';

/** MapLibre layers of the public map a click or hover picks, by the name the page knows them by. */
export const PUBLIC_PICK_LAYERS: Record<string, string> = {
  'public-actions-point': 'actions',
  'public-actions-line': 'actions',
  'public-actions-fill': 'actions',
  'public-vacancies': 'vacancies',
};

export interface PublicVacancyOnMap {
  id: string;
  lon: number;
  lat: number;
  address: string | null;
}

/** How far along an action is shows as strength of colour: ideas pale, ongoing strong, done muted. */
const STATUS_OPACITY: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  'idea',
  0.45,
  'planned',
  0.75,
  'done',
  0.6,
  'cancelled',
  0.25,
  1,
];
const isSelected = (id: string | null): ExpressionSpecification => ['==', ['get', 'id'], id ?? ''];
const ofType = (type: string): ExpressionSpecification => ['==', ['geometry-type'], type];

function actionFeatures(actions: readonly ActionOnMap[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: actions
      .filter((a) => a.geometry)
      .map((a) => ({
        type: 'Feature',
        geometry: a.geometry as GeoJSON.Geometry,
        properties: {
          id: a.id,
          title: a.title,
          focusArea: a.focusArea,
          status: a.status,
          colour: rgbaCss(FOCUS_AREA_COLORS[a.focusArea as keyof typeof FOCUS_AREA_COLORS] ?? [120, 120, 120, 255]),
        },
      })),
  };
}

function vacancyFeatures(vacancies: readonly PublicVacancyOnMap[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: vacancies.map((v) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [v.lon, v.lat] },
      properties: { id: v.id, address: v.address },
    })),
  };
}

/**
 * What shows the selected action or vacancy, by layer. The layers are made with it for nothing
 * selected: setting an equal value is no change to MapLibre, a different data-driven one lays
 * out the layer's tiles again.
 */
function selectionPaint(selectedId: string | null, selectedVacancyId: string | null) {
  const action = isSelected(selectedId);
  // A listing opened by its link: a larger ring in the selection colour.
  const vacancy = isSelected(selectedVacancyId);
  return {
    'public-actions-point': {
      'circle-radius': ['case', action, 11, 8] as ExpressionSpecification,
      'circle-stroke-color': ['case', action, rgbaCss(SELECTED), '#ffffff'] as ExpressionSpecification,
    },
    'public-actions-line': { 'line-width': ['case', action, 9, 6] as ExpressionSpecification },
    'public-vacancies': {
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        14,
        ['case', vacancy, 8, 3.5],
        18,
        ['case', vacancy, 12, 8],
      ] as ExpressionSpecification,
      'circle-stroke-width': ['case', vacancy, 4, 2.5] as ExpressionSpecification,
    },
  };
}

function addLayers(map: maplibregl.Map) {
  map.addSource('public-actions', fewFeaturesSource());
  map.addSource('public-vacancies', fewFeaturesSource());
  map.addLayer({
    id: 'public-vacancies',
    type: 'circle',
    source: 'public-vacancies',
    paint: {
      'circle-color': 'rgba(255, 255, 255, 0.9)',
      'circle-stroke-color': rgbaCss(VACANT_COLOR),
      ...selectionPaint(null, null)['public-vacancies'],
    },
  });
  map.addLayer({
    id: 'public-actions-fill',
    type: 'fill',
    source: 'public-actions',
    filter: ofType('Polygon'),
    // public-actions-line draws the edge.
    paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.35, 'fill-antialias': false },
  });
  map.addLayer({
    id: 'public-actions-line',
    type: 'line',
    source: 'public-actions',
    filter: ['any', ofType('LineString'), ofType('Polygon')],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': ['get', 'colour'],
      'line-opacity': STATUS_OPACITY,
      ...selectionPaint(null, null)['public-actions-line'],
    },
  });
  map.addLayer({
    id: 'public-actions-point',
    type: 'circle',
    source: 'public-actions',
    filter: ofType('Point'),
    paint: {
      'circle-color': ['get', 'colour'],
      'circle-opacity': STATUS_OPACITY,
      'circle-stroke-width': 2,
      ...selectionPaint(null, null)['public-actions-point'],
    },
  });
}

/**
 * The public map's own layers (actions by focus area, vacant premises as red rings) drawn by
 * MapLibre itself: the public page loads no deck.gl, so a phone has less to download.
 */
export function usePublicLayers(
  map: maplibregl.Map | null,
  actions: readonly ActionOnMap[],
  vacancies: readonly PublicVacancyOnMap[],
  selectedId: string | null,
  selectedVacancyId: string | null = null,
) {
  const added = useStyleAddition(map, 'public-actions', addLayers);
  useEffect(() => {
    if (!map || !added) return;
    map.getSource<GeoJSONSource>('public-actions')!.setData(actionFeatures(actions));
    map.getSource<GeoJSONSource>('public-vacancies')!.setData(vacancyFeatures(vacancies));
  }, [map, added, actions, vacancies]);
  useEffect(() => {
    if (!map || !added) return;
    setPaints(map, selectionPaint(selectedId, selectedVacancyId));
  }, [map, added, selectedId, selectedVacancyId]);
}
