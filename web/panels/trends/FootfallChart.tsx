import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n';
import { useCounterYearOverYear, useFootfallSeries, type FootfallSource } from '../../api/trends';
import { useConfig } from '../../api/queries';
import { useMe } from '../../api/auth';
import { useEvents } from '../../api/events';
import { formatDecimal } from '../../i18n/format';
import { TrendChart, type ChartEvent } from './TrendChart';
import { EventList } from './EventList';
import { chartPeriod, type Interval } from './periods';

const MONTHS = [3, 12, 24] as const;
const INTERVALS: Interval[] = ['hour', 'day', 'week', 'month'];
/** The API answers at most 10 000 buckets; hours are offered for a year at most. */
const MAX_HOUR_MONTHS = 12;

export type { FootfallSource };

/**
 * Footfall of a counter or a whole district: by hour, day, week or month, this period against
 * the same period last year (in %), events shaded, PNG and CSV downloads.
 */
export function FootfallChart({
  source,
  cursor,
}: {
  source: FootfallSource;
  /** The workspace's time cursor, drawn on the chart and moved by a click. */
  cursor?: { marker: number | null; onPick: (x: number) => void };
}) {
  const { t } = useTranslation();
  const isPlanner = useMe().data?.user?.role === 'planner';
  const dataDate = useConfig().data?.dataDate ?? new Date().toLocaleDateString('sv-SE');
  const [months, setMonths] = useState<(typeof MONTHS)[number]>(12);
  const [bucket, setBucket] = useState<Interval>('week');
  const shownInterval = bucket === 'hour' && months > MAX_HOUR_MONTHS ? 'day' : bucket;
  const { from, to, before } = chartPeriod(dataDate, months, shownInterval);
  const current = useFootfallSeries(source, from, to, shownInterval).data;
  const now = current?.series;
  const then = useFootfallSeries(source, before.from, before.to, shownInterval).data?.series;
  const counterYoy = useCounterYearOverYear(source.id, from, to, source.kind === 'counter').data;
  const events = useEvents(from, to).data?.events;

  const chart = useMemo(
    () =>
      now && {
        x: now.map((b) => Date.parse(b.t) / 1000),
        series: [
          { label: t('trends.thisPeriod'), color: '#008080', values: now.map((b) => b.count) },
          { label: t('trends.lastYear'), color: '#b0b4bd', values: now.map((_, i) => then?.[i]?.count ?? null) },
        ],
      },
    [now, then, t],
  );
  const chartEvents = useMemo<ChartEvent[]>(
    () =>
      (events ?? []).map((e) => ({
        title: e.title,
        start: Date.parse(`${e.startsOn}T00:00:00Z`) / 1000,
        end: Date.parse(`${e.endsOn}T00:00:00Z`) / 1000,
      })),
    [events],
  );
  const change = (source.kind === 'counter' ? counterYoy?.changePercent : current?.changePercent) ?? null;

  return (
    <section className="footfall-chart">
      <div className="segmented" role="radiogroup" aria-label={t('trends.period')}>
        {MONTHS.map((m) => (
          <label key={m}>
            <input type="radio" name={`months-${source.id}`} checked={months === m} onChange={() => setMonths(m)} />
            {t('trends.months', { count: m })}
          </label>
        ))}
      </div>
      <div className="segmented" role="radiogroup" aria-label={t('trends.interval')}>
        {INTERVALS.map((i) => (
          <label key={i}>
            <input
              type="radio"
              name={`interval-${source.id}`}
              checked={shownInterval === i}
              disabled={i === 'hour' && months > MAX_HOUR_MONTHS}
              onChange={() => setBucket(i)}
            />
            {t(`trends.intervals.${i}`)}
          </label>
        ))}
      </div>
      {chart && chart.x.length > 0 && (
        <>
          <h3>{t(`trends.visitorsPer.${shownInterval}`)}</h3>
          <p data-testid="yoy">
            {change === null
              ? ''
              : t('trends.change', { sign: change >= 0 ? '+' : '−', value: formatDecimal(Math.abs(change)) })}
          </p>
          <TrendChart
            x={chart.x}
            series={chart.series}
            events={chartEvents}
            marker={cursor?.marker}
            onPick={cursor?.onPick}
            download={{
              name: `besokare-${source.id}-${shownInterval}`,
              header: [t(`trends.intervals.${shownInterval}`), t('trends.thisPeriod'), t('trends.lastYear')],
              rows: now!.map((b, i) => [
                b.t.slice(0, shownInterval === 'hour' ? 16 : 10),
                b.count,
                then?.[i]?.count ?? null,
              ]),
            }}
          />
          <EventList events={events ?? []} canEdit={isPlanner} />
        </>
      )}
    </section>
  );
}
