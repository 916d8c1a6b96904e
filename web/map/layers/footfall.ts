import { TextLayer } from '@deck.gl/layers';
import { formatInteger } from '../../i18n/format';
import type { CounterCollection } from '../../api/client';
import { atLevel, LEVEL } from './drawOrder';

type CounterFeature = CounterCollection['features'][number];

/** One week of the trends tab's playback: the counts that size the circles instead of last week's. */
export interface FootfallWeek {
  week: string;
  counts: Record<string, number | null>;
  max: number;
}

const MAX_RADIUS_PX = 30;
const MIN_RADIUS_PX = 6;

/** Circle area proportional to a count: radius ∝ √count, the largest counter at `maxRadius`. */
export function footfallRadius(count: number, maxCount: number, maxRadius = MAX_RADIUS_PX): number {
  if (maxCount <= 0 || count <= 0) return MIN_RADIUS_PX;
  return Math.max(MIN_RADIUS_PX, maxRadius * Math.sqrt(count / maxCount));
}

/**
 * The largest circle at a zoom: small over a whole town (they must not hide the district),
 * full size on the street.
 */
export function maxFootfallRadius(zoom: number): number {
  return Math.round(Math.min(MAX_RADIUS_PX, Math.max(10, 10 + (zoom - 13) * 7)));
}

/** "12 345" with a plain space: the label font's characters, and how Swedes group digits. */
const figure = (n: number) => formatInteger(n).replace(/\s/g, ' ');

/** Each counter's figure for the week beside its circle, so the map is read without hovering. */
export function footfallLabelsLayer(data: CounterCollection, week: FootfallWeek | null = null, zoom = 15) {
  const maxCount = week ? week.max : Math.max(0, ...data.features.map((f) => f.properties.lastWeekCount));
  const countOf = (f: CounterFeature) => (week ? week.counts[f.properties.id] : f.properties.lastWeekCount);
  const maxRadius = maxFootfallRadius(zoom);
  return atLevel(
    LEVEL.point + 4,
    new TextLayer<CounterFeature>({
      id: 'footfall-labels',
      data: data.features.filter((f) => countOf(f) != null),
      getPosition: (f) => f.geometry.coordinates as [number, number],
      getText: (f) => figure(countOf(f) ?? 0),
      getSize: 12,
      getColor: [0, 70, 70, 255],
      getPixelOffset: (f) => [0, footfallRadius(countOf(f) ?? 0, maxCount, maxRadius) + 9],
      fontFamily: 'system-ui, "Segoe UI", Roboto, sans-serif',
      fontWeight: 700,
      outlineWidth: 4,
      outlineColor: [255, 255, 255, 240],
      fontSettings: { sdf: true },
      characterSet: 'auto',
      updateTriggers: { getText: week?.week ?? null, getPixelOffset: [week?.week ?? null, maxRadius] },
    }),
  );
}
