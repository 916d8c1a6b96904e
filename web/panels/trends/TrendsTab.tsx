import { useCallback, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useConfig } from '../../api/queries';
import { useMe } from '../../api/auth';
import { formatDecimal, formatInteger } from '../../i18n/format';
import { TrendChart } from './TrendChart';
import { downloadCsv, downloadPng } from './downloads';
import { ImportCsv } from './ImportCsv';
import { VacancyTrend } from './VacancyTrend';
import { IndexZones } from './IndexZones';
import { FootfallPlayback } from './FootfallPlayback';
import { EventList } from './EventList';
import { useEvents } from '../../api/events';
import type { ChartEvent } from './TrendChart';
import type { FootfallWeek } from '../../map/layers/footfall';

const MONTHS = [3, 12, 24] as const;

function monthsBefore(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}
const yearBefore = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;

/** Moves a date to a Monday (forward or back) so that a weekly series has only whole weeks. */
function toMonday(date: string, direction: 1 | -1): string {
  const d = new Date(`${date}T12:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  const shift = weekday === 0 ? 0 : direction === 1 ? 7 - weekday : -weekday;
  return new Date(d.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
}

/** Footfall of the district: weekly series against last year, the week's rhythm, and CSV import. */
export function TrendsTab({ districtId, statusDate, onStatusDateChange, onFootfallWeekChange }: {
  districtId: string; statusDate: string | null; onStatusDateChange: (date: string | null) => void; onFootfallWeekChange: (week: FootfallWeek | null) => void;
}) {
  const { t } = useTranslation();
  const isPlanner = useMe().data?.user?.role === 'planner';
  const dataDate = useConfig().data?.dataDate ?? new Date().toLocaleDateString('sv-SE');
  const [months, setMonths] = useState<(typeof MONTHS)[number]>(12);
  const to = toMonday(dataDate, -1);
  const from = toMonday(monthsBefore(`${dataDate.slice(0, 8)}01`, months), 1);
  const fetchSeries = (f: string, tt: string) => unwrap(api.districts[':id'].footfall.$get({ param: { id: districtId }, query: { from: f, to: tt, interval: 'week' } }));
  const now = useQuery({ queryKey: ['trends', districtId, from, to], queryFn: () => fetchSeries(from, to) }).data;
  // Last year's weeks, also whole: the Mondays nearest the same dates.
  const [beforeFrom, beforeTo] = [toMonday(yearBefore(from), 1), toMonday(yearBefore(to), 1)];
  const before = useQuery({ queryKey: ['trends', districtId, beforeFrom, beforeTo], queryFn: () => fetchSeries(beforeFrom, beforeTo) }).data;
  const [counter, setCounter] = useState<string | null>(null);
  const chosen = counter ?? now?.counters[0] ?? null;
  const profile = useQuery({
    queryKey: ['trends', 'profile', chosen, from, to],
    queryFn: () => unwrap(api.footfall.counters[':id'].profile.$get({ param: { id: chosen! }, query: { from, to } })),
    enabled: chosen !== null,
  }).data;
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const onCanvas = useCallback((c: HTMLCanvasElement | null) => { canvas.current = c; }, []);

  const chart = useMemo(() => {
    if (!now) return null;
    const x = now.series.map((b) => Date.parse(b.t) / 1000);
    return {
      x,
      series: [
        { label: t('trends.thisPeriod'), color: '#008080', values: now.series.map((b) => b.count) },
        { label: t('trends.lastYear'), color: '#b0b4bd', values: now.series.map((_, i) => before?.series[i]?.count ?? null) },
      ],
    };
  }, [now, before, t]);
  const events = useEvents(from, to).data?.events;
  const chartEvents = useMemo<ChartEvent[]>(() => (events ?? []).map((e) => ({
    title: e.title, start: Date.parse(`${e.startsOn}T00:00:00Z`) / 1000, end: Date.parse(`${e.endsOn}T00:00:00Z`) / 1000,
  })), [events]);
  const max = Math.max(1, ...(profile?.average.flat().filter((v): v is number => v !== null) ?? [1]));
  const change = now?.yearOverYear?.changePercent ?? null;

  return (
    <section>
      <div className="segmented" role="radiogroup" aria-label={t('trends.period')}>
        {MONTHS.map((m) => <label key={m}><input type="radio" name="months" checked={months === m} onChange={() => setMonths(m)} />{t('trends.months', { count: m })}</label>)}
      </div>
      {now && now.counters.length === 0 && <p className="muted">{t('trends.noCounters')}</p>}
      {chart && chart.x.length > 0 && (
        <>
          <h3>{t('trends.weekly')}</h3>
          <p data-testid="yoy">{change === null ? '' : t('trends.change', { sign: change >= 0 ? '+' : '−', value: formatDecimal(Math.abs(change)) })}</p>
          <TrendChart x={chart.x} series={chart.series} onCanvas={onCanvas} width={320} events={chartEvents} />
          <div className="buttons">
            <button type="button" className="secondary" onClick={() => canvas.current && downloadPng(canvas.current, `besokare-${districtId}.png`)}>{t('trends.png')}</button>
            <button type="button" className="secondary" onClick={() => downloadCsv([t('trends.week'), t('trends.thisPeriod'), t('trends.lastYear')],
              now!.series.map((b, i) => [b.t.slice(0, 10), b.count, before?.series[i]?.count ?? null]), `besokare-${districtId}.csv`)}>{t('trends.csv')}</button>
          </div>
          <EventList events={events ?? []} canEdit={isPlanner} />
        </>
      )}
      {now && now.counters.length > 0 && <FootfallPlayback from={from} to={to} onWeekChange={onFootfallWeekChange} />}
      {now && now.counters.length > 0 && (
        <>
          <h3>{t('trends.profile')}</h3>
          <select aria-label={t('trends.counter')} value={chosen ?? ''} onChange={(e) => setCounter(e.target.value)}>
            {now.counters.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
          {profile && (
            <table className="heatmap" data-testid="profile">
              <thead><tr><th />{Array.from({ length: 24 }, (_, h) => <th key={h}>{h % 3 === 0 ? h : ''}</th>)}</tr></thead>
              <tbody>
                {profile.average.map((row, d) => (
                  <tr key={d}><th>{t(`trends.weekdays.${d}`)}</th>
                    {row.map((v, h) => <td key={h} title={`${t(`trends.weekdays.${d}`)} ${h}:00 – ${v === null ? '–' : formatInteger(v)}`}
                      style={{ background: v === null ? '#f3f3f3' : `rgba(0,128,128,${(v / max).toFixed(2)})` }} />)}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <VacancyTrend districtId={districtId} to={`${dataDate.slice(0, 8)}01`} statusDate={statusDate} onStatusDateChange={onStatusDateChange} />
      <IndexZones period={statusDate ?? monthsBefore(`${dataDate.slice(0, 8)}01`, 1)} />
      {isPlanner && <ImportCsv />}
    </section>
  );
}
