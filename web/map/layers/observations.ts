import { ScatterplotLayer } from '@deck.gl/layers';
import { FOCUS_AREA_COLORS, SELECTED, type Rgba } from './colors';
import { atLevel, LEVEL } from './drawOrder';

export interface ObservationFeature {
  id: string;
  geometry: { coordinates: number[] };
  properties: { id: string; focusArea: string; verdict: 'good' | 'problem'; text: string };
}

/**
 * Site-walk observations: focus-area colour; a problem is a filled dot, something good a ring.
 * Larger than premises and outlined in near-black, so they stand out among the shop dots.
 */
export function observationsLayer(
  features: ObservationFeature[],
  selectedId: string | null,
  draft: [number, number] | null,
) {
  const colour = (f: ObservationFeature): Rgba =>
    FOCUS_AREA_COLORS[f.properties.focusArea as keyof typeof FOCUS_AREA_COLORS] ?? [90, 90, 90, 255];
  const layers = [
    atLevel(
      LEVEL.point + 2,
      new ScatterplotLayer<ObservationFeature>({
        id: 'observations',
        data: features,
        pickable: true,
        stroked: true,
        radiusUnits: 'pixels',
        lineWidthUnits: 'pixels',
        getPosition: (f) => f.geometry.coordinates as [number, number],
        getRadius: (f) => (f.id === selectedId ? 13 : 10),
        getFillColor: (f) => (f.properties.verdict === 'problem' ? colour(f) : [255, 255, 255, 230]),
        getLineColor: (f) =>
          f.id === selectedId ? SELECTED : f.properties.verdict === 'problem' ? [30, 30, 30, 255] : colour(f),
        getLineWidth: (f) => (f.properties.verdict === 'problem' ? 2.5 : 5),
        autoHighlight: true,
        updateTriggers: { getRadius: selectedId, getLineColor: selectedId },
      }),
    ),
  ];
  if (!draft) return layers;
  return [
    ...layers,
    atLevel(
      LEVEL.marker,
      new ScatterplotLayer<[number, number]>({
        id: 'observation-draft',
        data: [draft],
        radiusUnits: 'pixels',
        lineWidthUnits: 'pixels',
        stroked: true,
        getPosition: (p) => p,
        getRadius: 12,
        getFillColor: [255, 255, 255, 120],
        getLineColor: SELECTED,
        getLineWidth: 3,
      }),
    ),
  ];
}
