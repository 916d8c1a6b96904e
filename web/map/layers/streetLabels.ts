import { TextLayer } from '@deck.gl/layers';
import type { Position } from 'geojson';
import { atLevel, LEVEL } from './drawOrder';

/** A street as the base-map source holds it: a line (or a square) with its name. */
export interface StreetFeature {
  geometry: unknown;
  properties: { name?: string | null };
}

interface StreetLabel {
  name: string;
  position: [number, number];
  /** Degrees counter-clockwise, kept between −90 and 90 so the text never reads upside down. */
  angle: number;
}

const MIN_LENGTH_M = 60;
const M_PER_DEGREE = 111_320;
/** One label per street name within about 200 m. */
const SPACING_DEGREES = 0.0036;

/** The label of one line: at the middle of its longest segment, turned along it. */
function labelOf(name: string, line: Position[]): { label: StreetLabel; length: number } | null {
  let best: { a: Position; b: Position; length: number } | null = null;
  let total = 0;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1], line[i]];
    const dx = (b[0] - a[0]) * Math.cos((a[1] * Math.PI) / 180) * M_PER_DEGREE;
    const dy = (b[1] - a[1]) * M_PER_DEGREE;
    const length = Math.hypot(dx, dy);
    total += length;
    if (!best || length > best.length) best = { a, b, length };
  }
  if (!best || total < MIN_LENGTH_M) return null;
  const { a, b } = best;
  const dx = (b[0] - a[0]) * Math.cos((a[1] * Math.PI) / 180);
  let angle = (Math.atan2(b[1] - a[1], dx) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  return { label: { name, position: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], angle }, length: total };
}

/**
 * Street names along their streets, drawn by deck.gl (the offline base map has no glyphs):
 * the longest piece of each named street, and further pieces of long streets.
 */
export function streetLabels(streets: readonly StreetFeature[]): StreetLabel[] {
  const labels: StreetLabel[] = [];
  const far = (l: StreetLabel) =>
    labels.every(
      (o) =>
        o.name !== l.name ||
        Math.hypot(o.position[0] - l.position[0], (o.position[1] - l.position[1]) * 2) > SPACING_DEGREES,
    );
  for (const street of streets) {
    const name = street.properties.name;
    const geometry = street.geometry as { type: string; coordinates: Position[] | Position[][] };
    if (!name) continue;
    const lines =
      geometry.type === 'LineString'
        ? [geometry.coordinates as Position[]]
        : geometry.type === 'MultiLineString'
          ? (geometry.coordinates as Position[][])
          : [];
    for (const line of lines) {
      const found = labelOf(name, line);
      if (found && far(found.label)) labels.push(found.label);
    }
  }
  return labels;
}

export function streetLabelsLayer(labels: readonly StreetLabel[]) {
  return atLevel(
    LEVEL.label,
    new TextLayer<StreetLabel>({
      id: 'street-labels',
      data: labels,
      getPosition: (l) => l.position,
      getText: (l) => l.name,
      getAngle: (l) => l.angle,
      getSize: 12,
      getColor: [90, 85, 80, 255],
      fontFamily: 'system-ui, "Segoe UI", Roboto, sans-serif',
      fontWeight: 500,
      outlineWidth: 3,
      outlineColor: [255, 255, 255, 230],
      fontSettings: { sdf: true },
      characterSet: 'auto',
    }),
  );
}
