import { GeoJsonLayer } from '@deck.gl/layers';
import type { Rgba } from './colors';
import { toGeoJson } from './geojson';
import { atLevel, LEVEL } from './drawOrder';

type Zone = {
  geometry: unknown;
  properties: { id: string; name: string; value: number | null; changePercent: number | null };
};

/** Change against last year as colour: red when turnover fell, green when it grew, stronger the larger. */
export function changeColor(changePercent: number | null): Rgba {
  if (changePercent === null) return [180, 180, 180, 60];
  const strength = Math.min(1, Math.abs(changePercent) / 10);
  const alpha = Math.round(50 + 110 * strength);
  return changePercent >= 0 ? [44, 160, 44, alpha] : [214, 39, 40, alpha];
}

/** The turnover-index zones as a choropleth for one month. */
export function indexZonesLayer(zones: { features: Zone[] }) {
  return atLevel(
    LEVEL.area + 1,
    new GeoJsonLayer<Zone['properties']>({
      id: 'index-zones',
      data: toGeoJson(zones.features),
      pickable: true,
      filled: true,
      stroked: true,
      getFillColor: (f) => changeColor(f.properties.changePercent),
      getLineColor: [90, 90, 90, 200],
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
    }),
  );
}
