import { TextLayer } from '@deck.gl/layers';
import type { FeatureCollection, Point } from 'geojson';

/**
 * Place names as a deck.gl text layer: deck.gl draws its own font atlas, so the offline base
 * map needs no glyph server.
 */
export function placeLabelsLayer(data: FeatureCollection<Point, { name: string | null; kind: string | null }>, zoom: number) {
  const shown = data.features.filter((f) => f.properties.name && (f.properties.kind === 'city' || f.properties.kind === 'town' || zoom >= 12));
  return new TextLayer<(typeof shown)[number]>({
    id: 'place-labels',
    data: shown,
    getPosition: (f) => f.geometry.coordinates as [number, number],
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
  });
}
