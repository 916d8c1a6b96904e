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
  const shown = showOnceDrawnAtSize();
  return new MapLibreOverlay({
    interleaved: false,
    deviceProps: { webgl: { preserveDrawingBuffer: true } },
    layers: [],
    style: shown.style,
    onDeviceInitialized: frames.onDeviceInitialized,
    onAfterRender: ({ gl }) => {
      frames.onAfterRender();
      shown.onAfterRender(gl.canvas);
    },
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

/**
 * deck.gl makes its canvas at the browser's default 300 × 150 and draws into it, stretched over
 * the map, until luma.gl's resize observer sizes it a frame or more later: the layers flashed
 * oversized and blurred as deck.gl arrived (a phone opening the site walk saw it;
 * visgl/deck.gl#10599). The canvas starts hidden and is shown after its first frame drawn at its
 * size on screen. Later resizes (the map's) are left alone: like MapLibre's canvas, it is redrawn
 * at the new size in the next frame.
 */
function showOnceDrawnAtSize() {
  let shown = false;
  return {
    style: { visibility: 'hidden' },
    onAfterRender: (canvas: HTMLCanvasElement | OffscreenCanvas) => {
      if (shown || !(canvas instanceof HTMLCanvasElement)) return;
      const ratio = window.devicePixelRatio;
      const atSize =
        canvas.clientWidth > 0 &&
        Math.abs(canvas.width - canvas.clientWidth * ratio) <= 1 &&
        Math.abs(canvas.height - canvas.clientHeight * ratio) <= 1;
      if (!atSize) return;
      canvas.style.visibility = '';
      shown = true;
    },
  };
}
