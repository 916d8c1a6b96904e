import type * as maplibregl from 'maplibre-gl';

/** How long the first view waits for its tiles before it is painted as it is (a slow line). */
const LONGEST_HOLD_MS = 2000;

interface Painter {
  render: (...args: unknown[]) => void;
}

/**
 * The map's first view is painted once, when every tile of it is in, instead of once per tile
 * as they arrive. Each frame paints the whole canvas: on a computer without a graphics card (a
 * thin client, a virtual desktop, this project's test machine) a frame costs 100–450 ms of CPU,
 * and the five or six partial frames of a first load kept that CPU from the tiles still being
 * read. The container shows the land's colour meanwhile; after LONGEST_HOLD_MS the map paints
 * what it has. Only the first view: panning and zooming paint as tiles come, as ever.
 *
 * MapLibre has no public switch for this: its painter is wrapped, and if a later MapLibre has no
 * `painter.render` the map simply paints as it always did.
 */
export function paintFirstViewWhole(map: maplibregl.Map, longestHoldMs = LONGEST_HOLD_MS): void {
  const painter = (map as unknown as { painter?: Painter }).painter;
  if (typeof painter?.render !== 'function') return;
  const paint = painter.render.bind(painter);
  const until = performance.now() + longestHoldMs;
  // False while the style, any source or any tile of the view is still loading.
  const viewIsIn = () => map.isStyleLoaded() === true;
  painter.render = (...args: unknown[]) => {
    if (!viewIsIn() && performance.now() < until) return;
    painter.render = paint;
    paint(...args);
  };
  // A map still waiting when the hold runs out needs a frame asked for: no tile may arrive to ask.
  const timer = setTimeout(() => {
    if (painter.render !== paint) map.triggerRepaint();
  }, longestHoldMs + 1);
  map.once('remove', () => clearTimeout(timer));
}
