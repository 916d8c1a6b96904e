import { GeoJsonLayer } from '@deck.gl/layers';
import { changeColor } from './colors';
import { toGeoJson } from './geojson';
import { atLevel, LEVEL } from './drawOrder';

type Zone = {
  geometry: unknown;
  properties: { id: string; name: string; value: number | null; changePercent: number | null };
};

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
