import { ScatterplotLayer } from '@deck.gl/layers';
import type { CounterCollection } from '../../api/client';
import { FOOTFALL_FILL, SELECTED } from './colors';
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

/** Circle area proportional to a count: radius ∝ √count, the largest counter at MAX_RADIUS_PX. */
export function footfallRadius(count: number, maxCount: number): number {
  if (maxCount <= 0 || count <= 0) return MIN_RADIUS_PX;
  return Math.max(MIN_RADIUS_PX, MAX_RADIUS_PX * Math.sqrt(count / maxCount));
}

export function footfallLayer(data: CounterCollection, selectedId: string | null, week: FootfallWeek | null = null) {
  // During playback the scale is the largest week of the whole range, so growth shows as growth.
  const maxCount = week ? week.max : Math.max(0, ...data.features.map((f) => f.properties.lastWeekCount));
  const countOf = (f: CounterFeature) => (week ? (week.counts[f.properties.id] ?? 0) : f.properties.lastWeekCount);
  return atLevel(
    LEVEL.point + 3,
    new ScatterplotLayer<CounterFeature>({
      id: 'footfall',
      data: data.features,
      pickable: true,
      stroked: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPosition: (f) => f.geometry.coordinates as [number, number],
      getRadius: (f) => footfallRadius(countOf(f), maxCount),
      getFillColor: FOOTFALL_FILL,
      getLineColor: (f) => (f.properties.id === selectedId ? SELECTED : [255, 255, 255, 230]),
      getLineWidth: (f) => (f.properties.id === selectedId ? 3 : 1.5),
      autoHighlight: true,
      updateTriggers: { getLineColor: selectedId, getLineWidth: selectedId, getRadius: week?.week ?? null },
      transitions: { getRadius: 400 },
    }),
  );
}
