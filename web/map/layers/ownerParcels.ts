import { GeoJsonLayer } from '@deck.gl/layers';
import type { Geometry } from 'geojson';
import { SELECTED } from './colors';

/** An owner's own parcels, outlined strongly so they stand out among the others. */
export function ownerParcelsLayer(parcels: { id: string; designation: string; geometry: unknown }[]) {
  return new GeoJsonLayer({
    id: 'owner-parcels',
    data: { type: 'FeatureCollection', features: parcels.map((p) => ({ type: 'Feature', geometry: p.geometry as Geometry, properties: { id: p.id, designation: p.designation } })) } as never,
    filled: true,
    stroked: true,
    getFillColor: [255, 140, 0, 70],
    getLineColor: SELECTED,
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
    pickable: false,
  });
}
