import { GeoJsonLayer } from '@deck.gl/layers';
import type { DistrictCollection } from '../../api/client';
import { toGeoJson } from './geojson';
import { DISTRICT_FILL, DISTRICT_LINE } from './colors';
import { atLevel, LEVEL } from './drawOrder';

/**
 * District boundaries: a faint fill and a strong outline. Not pickable by its fill, so clicks
 * inside a district still reach the parcels and premises beneath.
 */
export function districtsLayer(districts: DistrictCollection['features']) {
  return atLevel(
    LEVEL.outline,
    new GeoJsonLayer({
      id: 'districts',
      data: toGeoJson(districts),
      pickable: false,
      stroked: true,
      filled: true,
      getFillColor: DISTRICT_FILL,
      getLineColor: DISTRICT_LINE,
      getLineWidth: 3,
      lineWidthUnits: 'pixels',
      getDashArray: [6, 3],
    }),
  );
}
