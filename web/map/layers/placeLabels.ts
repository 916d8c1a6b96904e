import { TextLayer } from '@deck.gl/layers';
import type { Point } from 'geojson';
import { atLevel, LEVEL } from './drawOrder';

/**
 * Place names as a deck.gl text layer: deck.gl draws its own font atlas, so the offline base
 * map needs no glyph server.
 */
/** A named place as the layer needs it. */
export interface PlaceLabel {
  geometry: unknown;
  properties: { name?: string | null; kind?: string | null };
}

/** Cities and towns always; suburbs and quarters only when `minorPlaces` (from city zoom, 12, inwards). */
export function placeLabelsLayer(places: readonly PlaceLabel[], minorPlaces: boolean) {
  const shown = places.filter(
    (f) => f.properties.name && (f.properties.kind === 'city' || f.properties.kind === 'town' || minorPlaces),
  );
  return atLevel(
    LEVEL.label,
    new TextLayer<(typeof shown)[number]>({
      id: 'place-labels',
      data: shown,
      getPosition: (f) => (f.geometry as Point).coordinates as [number, number],
      getText: (f) => f.properties.name ?? '',
      getSize: (f) => (f.properties.kind === 'city' ? 18 : 14),
      getColor: [70, 70, 80, 230],
      fontFamily: 'system-ui, "Segoe UI", Roboto, sans-serif',
      fontWeight: 600,
      outlineWidth: 3,
      outlineColor: [255, 255, 255, 220],
      fontSettings: { sdf: true },
      characterSet: 'auto',
      billboard: true,
    }),
  );
}
