/**
 * Where a layer sits in the stack, bottom to top: areas, outlines, points, labels, markers.
 * Each layer module places its own layer (`atLevel`), so the map only sorts and never needs
 * to know the layers by name.
 */
export const LEVEL = { area: 100, outline: 200, point: 300, label: 400, marker: 500 } as const;

const levels = new WeakMap<object, number>();

export function atLevel<L extends object>(level: number, layer: L): L {
  levels.set(layer, level);
  return layer;
}

/** The layers from bottom to top; layers on one level keep the order they came in. */
export function inDrawOrder<L extends object>(layers: readonly L[]): L[] {
  return [...layers].sort((a, b) => (levels.get(a) ?? 0) - (levels.get(b) ?? 0));
}
