import type * as maplibregl from 'maplibre-gl';

type PaintProperty = Parameters<maplibregl.Map['setPaintProperty']>[1];
type PaintValue = Parameters<maplibregl.Map['setPaintProperty']>[2];

/**
 * Sets paint properties, by layer id: what a selection changes, given in the same shape as the
 * layers' own first paint (an equal value is no change to MapLibre).
 */
export function setPaints(map: maplibregl.Map, paints: Record<string, Record<string, PaintValue>>): void {
  for (const [layer, paint] of Object.entries(paints))
    for (const [property, value] of Object.entries(paint))
      map.setPaintProperty(layer, property as PaintProperty, value);
}
