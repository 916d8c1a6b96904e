import { GeoJsonLayer } from '@deck.gl/layers';
import { toGeoJson } from './geojson';
import { SELECTED } from './colors';
import { atLevel, LEVEL } from './drawOrder';

/** An owner's own parcels, outlined strongly so they stand out among the others. */
export function ownerParcelsLayer(parcels: { id: string; designation: string; geometry: unknown }[]) {
  return atLevel(
    LEVEL.area + 3,
    new GeoJsonLayer({
      id: 'owner-parcels',
      data: toGeoJson(
        parcels.map((p) => ({ geometry: p.geometry, properties: { id: p.id, designation: p.designation } })),
      ),
      filled: true,
      stroked: true,
      getFillColor: [255, 140, 0, 70],
      getLineColor: SELECTED,
      getLineWidth: 3,
      lineWidthUnits: 'pixels',
      pickable: false,
    }),
  );
}
