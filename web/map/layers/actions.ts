import { GeoJsonLayer } from '@deck.gl/layers';
import { toGeoJson } from './geojson';
import { FOCUS_AREA_COLORS, SELECTED, type Rgba } from './colors';
import { atLevel, LEVEL } from './drawOrder';

/** An action as the map and the timeline show it: planner's, public or in a report. */
export interface ActionOnMap {
  id: string;
  title: string;
  focusArea: string;
  status: string;
  start?: string | null;
  end: string | null;
  geometry: unknown;
}
type Action = ActionOnMap;
type FocusArea = keyof typeof FOCUS_AREA_COLORS;

/** How far along an action is shows as strength of colour: ideas pale, ongoing strong, done muted. */
const STATUS_ALPHA: Record<string, number> = { idea: 110, planned: 190, ongoing: 255, done: 150, cancelled: 60 };

/** The action plan on the map: points, lines and areas coloured by focus area. */
export function actionsLayer(actions: readonly ActionOnMap[], selectedId: string | null) {
  const features = actions
    .filter((a) => a.geometry)
    .map((a) => ({ type: 'Feature' as const, geometry: a.geometry!, properties: a }));
  const color = (a: Action): Rgba => {
    const [r, g, b] = FOCUS_AREA_COLORS[a.focusArea as FocusArea] ?? [120, 120, 120, 255];
    return [r, g, b, STATUS_ALPHA[a.status] ?? 200];
  };
  return atLevel(
    LEVEL.point + 1,
    new GeoJsonLayer<Action>({
      id: 'actions',
      data: toGeoJson(features),
      pickable: true,
      stroked: true,
      filled: true,
      pointType: 'circle',
      getPointRadius: (f) => (f.properties.id === selectedId ? 11 : 8),
      pointRadiusUnits: 'pixels',
      getFillColor: (f) => {
        const c = color(f.properties);
        return f.geometry.type === 'Polygon' ? [c[0], c[1], c[2], 90] : c;
      },
      getLineColor: (f) =>
        f.properties.id === selectedId
          ? SELECTED
          : f.geometry.type === 'LineString'
            ? color(f.properties)
            : [255, 255, 255, 255],
      getLineWidth: (f) => (f.geometry.type === 'LineString' ? 6 : f.properties.id === selectedId ? 3 : 2),
      lineWidthUnits: 'pixels',
      autoHighlight: true,
      updateTriggers: { getPointRadius: selectedId, getLineColor: selectedId, getLineWidth: selectedId },
    }),
  );
}
