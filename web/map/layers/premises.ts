import { ScatterplotLayer } from '@deck.gl/layers';
import type { PremisesCollection } from '../../api/client';
import type { PremisesKind } from '../../../server/domain/premisesKinds';
import { PREMISES_KIND_COLORS, SELECTED, VACANT_COLOR } from './colors';
import { atLevel, LEVEL } from './drawOrder';

type PremisesFeature = PremisesCollection['features'][number];

/** Premises as dots coloured by use; vacant ones larger, red and ringed in white. */
export function premisesLayer(data: PremisesCollection, selectedId: string | null) {
  const isVacant = (f: PremisesFeature) => f.properties.status === 'vacant';
  // Vacant premises last, so they are drawn on top of their neighbours.
  const features = [...data.features].sort((a, b) => Number(isVacant(a)) - Number(isVacant(b)));
  return atLevel(
    LEVEL.point,
    new ScatterplotLayer<PremisesFeature>({
      id: 'premises',
      data: features,
      pickable: true,
      stroked: true,
      // Metres, clamped in pixels: dots grow as you zoom in but never swamp the map zoomed out.
      radiusUnits: 'meters',
      radiusMinPixels: 2.5,
      radiusMaxPixels: 10,
      lineWidthUnits: 'pixels',
      getPosition: (f) => f.geometry.coordinates as [number, number],
      getRadius: (f) => (isVacant(f) ? 5 : 3.5),
      getFillColor: (f) =>
        isVacant(f)
          ? VACANT_COLOR
          : (PREMISES_KIND_COLORS[f.properties.kind as PremisesKind] ?? PREMISES_KIND_COLORS.other),
      getLineColor: (f) => (f.properties.id === selectedId ? SELECTED : [255, 255, 255, 255]),
      getLineWidth: (f) => (f.properties.id === selectedId ? 3 : isVacant(f) ? 2.5 : 1),
      autoHighlight: true,
      highlightColor: [255, 255, 255, 120],
      updateTriggers: { getLineColor: selectedId, getLineWidth: selectedId },
    }),
  );
}
