import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWeeklyFootfall } from '../../api/trends';
import { formatDate, formatInteger, isoWeek } from '../../i18n/format';
import type { FootfallWeek } from '../../map/layers/footfall';

const STEP_MS = 700;

/**
 * A week slider with a play button: the footfall circles on the map grow and shrink through
 * the year's weeks. Leaving the tab hands the map back to the last full week.
 */
export function FootfallPlayback({
  from,
  to,
  onWeekChange,
}: {
  from: string;
  to: string;
  onWeekChange: (week: FootfallWeek | null) => void;
}) {
  const { t } = useTranslation();
  const data = useWeeklyFootfall(from, to).data;
  const [index, setIndex] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const last = (data?.weeks.length ?? 0) - 1;
  const shown = index ?? last;
  const max = useMemo(
    () => Math.max(0, ...(data?.counters.flatMap((c) => c.counts.filter((v): v is number => v !== null)) ?? [])),
    [data],
  );

  useEffect(() => {
    if (!data || shown < 0 || index === null) return;
    onWeekChange({
      week: data.weeks[shown],
      max,
      counts: Object.fromEntries(data.counters.map((c) => [c.id, c.counts[shown]])),
    });
  }, [data, shown, index, max, onWeekChange]);
  useEffect(() => () => onWeekChange(null), [onWeekChange]);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => setIndex((i) => (i === null || i >= last ? 0 : i + 1)), STEP_MS);
    return () => clearInterval(timer);
  }, [playing, last]);
  // Playing stops at the last week.
  useEffect(() => {
    if (playing && index === last) setPlaying(false);
  }, [playing, index, last]);

  if (!data || last < 0) return null;
  const week = isoWeek(data.weeks[shown]);
  const total = data.counters.reduce((s, c) => s + (c.counts[shown] ?? 0), 0);
  return (
    <section aria-labelledby="playback-title">
      <h3 id="playback-title">{t('trends.onMap')}</h3>
      <div className="playback">
        <button
          type="button"
          className="secondary"
          aria-pressed={playing}
          onClick={() => {
            if (!playing && shown >= last) setIndex(0);
            setPlaying(!playing);
          }}
        >
          {playing ? t('trends.pause') : t('trends.play')}
        </button>
        <label className="slider">
          <span data-testid="playback-week">
            {t('trends.weekOf', { ...week, date: formatDate(data.weeks[shown]) })}
          </span>
          <input
            type="range"
            min={0}
            max={last}
            value={shown}
            aria-valuetext={t('trends.weekOf', { ...week, date: formatDate(data.weeks[shown]) })}
            onChange={(e) => {
              setPlaying(false);
              setIndex(Number(e.target.value));
            }}
          />
        </label>
      </div>
      <p className="muted">{t('trends.weekTotal', { count: formatInteger(total) })}</p>
    </section>
  );
}
