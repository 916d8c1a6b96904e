import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { PickingInfo } from '@deck.gl/core';
import type { Device } from '@luma.gl/core';

/**
 * deck.gl on its own canvas above MapLibre (overlaid). Interleaved mode shares MapLibre's WebGL
 * context but, with MapLibre 6, swallowed a click that came soon after a hover highlight;
 * overlaid keeps every click. Loaded only by maps that draw deck.gl layers.
 */
export function deckOverlay(handlers: {
  onClick: (info: PickingInfo) => void;
  getTooltip: (info: PickingInfo) => string | null;
}) {
  const frames = submitDrawnFramesOnly();
  return new MapLibreOverlay({
    interleaved: false,
    deviceProps: { webgl: { preserveDrawingBuffer: true } },
    layers: [],
    onDeviceInitialized: frames.onDeviceInitialized,
    onAfterRender: frames.onAfterRender,
    onClick: handlers.onClick,
    getTooltip: (info) => {
      const text = handlers.getTooltip(info);
      return text ? { text, className: 'map-tooltip' } : null;
    },
  });
}

/**
 * deck.gl's animation loop submits its (empty) command buffer on every animation frame, drawn or
 * not, and that alone kept the GPU process busy on a map at rest: a fifth of a core with software
 * WebGL, a laptop's battery on real hardware (visgl/deck.gl#9084). WebGL draws at once; the
 * per-frame submit only matters for frames that drew. Command buffers handed over explicitly
 * (the text layer's font atlas) are always submitted.
 */
function submitDrawnFramesOnly() {
  let drew = false;
  return {
    onAfterRender: () => {
      drew = true;
    },
    onDeviceInitialized: (device: Device) => {
      const submit = device.submit.bind(device);
      device.submit = (commandBuffer) => {
        if (commandBuffer || drew) submit(commandBuffer);
        drew = false;
      };
    },
  };
}
