import { GeoJsonLayer } from '@deck.gl/layers';
import type { ParcelCollection } from '../../api/client';
import { toGeoJson } from './geojson';
import { PARCEL_FILL, PARCEL_LINE, SELECTED } from './colors';
import { atLevel, LEVEL } from './drawOrder';

type ParcelFeature = ParcelCollection['features'][number];

/** Parcels (fastigheter) as outlined polygons; the selected one is drawn in the highlight colour. */
export function parcelsLayer(data: ParcelCollection, selectedId: string | null) {
  return atLevel(
    LEVEL.area,
    new GeoJsonLayer<ParcelFeature['properties']>({
      id: 'parcels',
      data: toGeoJson(data.features),
      pickable: true,
      stroked: true,
      filled: true,
      getFillColor: (f) => (f.properties.id === selectedId ? [255, 200, 120, 200] : PARCEL_FILL),
      getLineColor: (f) => (f.properties.id === selectedId ? SELECTED : PARCEL_LINE),
      getLineWidth: (f) => (f.properties.id === selectedId ? 3 : 1),
      lineWidthUnits: 'pixels',
      autoHighlight: true,
      highlightColor: [255, 200, 120, 140],
      updateTriggers: { getFillColor: selectedId, getLineColor: selectedId, getLineWidth: selectedId },
    }),
  );
}
