import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { PickingInfo } from '@deck.gl/core';

/**
 * deck.gl on its own canvas above MapLibre (overlaid). Interleaved mode shares MapLibre's WebGL
 * context but, with MapLibre 6, swallowed a click that came soon after a hover highlight;
 * overlaid keeps every click. Loaded only by maps that draw deck.gl layers.
 */
export function deckOverlay(handlers: {
  onClick: (info: PickingInfo) => void;
  getTooltip: (info: PickingInfo) => string | null;
}) {
  return new MapLibreOverlay({
    interleaved: false,
    deviceProps: { webgl: { preserveDrawingBuffer: true } },
    layers: [],
    onClick: handlers.onClick,
    getTooltip: (info) => {
      const text = handlers.getTooltip(info);
      return text ? { text, className: 'map-tooltip' } : null;
    },
  });
}
