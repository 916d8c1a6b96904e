import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import { addDays } from '../../server/domain/calendar';
import { formatDayMonth, isoWeek } from '../i18n/format';
import { useTimeCursor } from './useTimeCursor';

const STEP_MS = 700;

/**
 * The workspace's one time cursor: a week slider with play and "latest". The map's premises and
 * counters, the charts' marker, the key figures and the lists all follow it.
 */
export function TimeBar() {
  const { t, language } = useTranslation();
  const { weeks, week, shown, setWeek } = useTimeCursor();
  const [playing, setPlaying] = useState(false);
  const last = weeks.length - 1;
  const index = shown ? weeks.indexOf(shown) : last;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = index >= last ? 0 : index + 1;
      setWeek(weeks[next]);
      if (next === last) setPlaying(false);
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [playing, index, last, weeks, setWeek]);

  if (!shown || last < 0) return null;
  const label = weekLabel(shown, t, language);
  return (
    <div className="time-bar" role="group" aria-label={t('time.label')} data-testid="time-bar">
      <button
        type="button"
        className="secondary"
        aria-pressed={playing}
        onClick={() => {
          if (!playing && index >= last) setWeek(weeks[0]);
          setPlaying(!playing);
        }}
      >
        {playing ? t('trends.pause') : t('trends.play')}
      </button>
      <label className="time-slider">
        <span data-testid="time-week">{label}</span>
        <input
          type="range"
          min={0}
          max={last}
          value={index}
          aria-valuetext={label}
          onChange={(e) => {
            setPlaying(false);
            const i = Number(e.target.value);
            setWeek(i === last ? null : weeks[i]);
          }}
        />
      </label>
      <button
        type="button"
        className="link"
        disabled={week === null}
        onClick={() => {
          setPlaying(false);
          setWeek(null);
        }}
      >
        {t('time.latest')}
      </button>
    </div>
  );
}

/** "Vecka 7, 2026 · 9–15 feb." */
export function weekLabel(
  monday: string,
  t: (key: string, options?: Record<string, unknown>) => string,
  language: string,
): string {
  const sunday = addDays(monday, 6);
  // "9–15 feb." within a month, "26 jan. – 1 feb." across two.
  const days =
    monday.slice(0, 7) === sunday.slice(0, 7)
      ? `${Number(monday.slice(8))}–${formatDayMonth(sunday, language)}`
      : `${formatDayMonth(monday, language)} – ${formatDayMonth(sunday, language)}`;
  return t('time.week', { ...isoWeek(monday), days });
}
