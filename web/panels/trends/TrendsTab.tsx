import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { useCounterProfile, useFootfallSeries } from '../../api/trends';
import { useConfig } from '../../api/queries';
import { useMe } from '../../api/auth';
import { formatInteger } from '../../i18n/format';
import { useWorkspace } from '../../workspace/Workspace';
import { FootfallChart } from './FootfallChart';
import { ImportCsv } from './ImportCsv';
import { VacancyTrend } from './VacancyTrend';
import { IndexZones } from './IndexZones';
import { chartPeriod } from './periods';
import { firstOfMonth } from '../../../server/domain/calendar';
import { useChartCursor, useTimeCursor } from '../../workspace/useTimeCursor';

/**
 * A district's trends: footfall (chart, the week's rhythm per counter), vacancy, the turnover
 * index, and the CSV imports. Every chart shows the workspace's time cursor; a click moves it.
 */
export function TrendsTab({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const { visibility, setVisibility } = useWorkspace();
  const { week, indexMonth } = useTimeCursor();
  const cursor = useChartCursor();
  const isPlanner = useMe().data?.user?.role === 'planner';
  const dataDate = useConfig().data?.dataDate ?? new Date().toLocaleDateString('sv-SE');
  // The last twelve months in whole weeks: the playback and the week's rhythm.
  const { from, to } = chartPeriod(dataDate, 12, 'week');
  const counters = useFootfallSeries({ kind: 'district', id: districtId }, from, to, 'week').data?.counters;
  const [counter, setCounter] = useState<string | null>(null);
  const chosen = counter ?? counters?.[0] ?? null;
  const profile = useCounterProfile(chosen, from, to).data;
  const max = Math.max(1, ...(profile?.average.flat().filter((v): v is number => v !== null) ?? [1]));

  return (
    <section>
      {counters && counters.length === 0 && <p className="muted">{t('trends.noCounters')}</p>}
      {counters && counters.length > 0 && (
        <>
          <FootfallChart source={{ kind: 'district', id: districtId }} cursor={cursor} />
          <h3>{t('trends.profile')}</h3>
          <select aria-label={t('trends.counter')} value={chosen ?? ''} onChange={(e) => setCounter(e.target.value)}>
            {counters.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          {profile && (
            <table className="heatmap" data-testid="profile">
              <thead>
                <tr>
                  <th />
                  {Array.from({ length: 24 }, (_, h) => (
                    <th key={h}>{h % 3 === 0 ? h : ''}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {profile.average.map((row, d) => (
                  <tr key={d}>
                    <th>{t(`trends.weekdays.${d}`)}</th>
                    {row.map((v, h) => (
                      <td
                        key={h}
                        title={`${t(`trends.weekdays.${d}`)} ${h}:00 – ${v === null ? '–' : formatInteger(v)}`}
                        style={{ background: v === null ? '#f3f3f3' : `rgba(0,128,128,${(v / max).toFixed(2)})` }}
                      />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <VacancyTrend districtId={districtId} to={firstOfMonth(dataDate)} week={week} cursor={cursor} />
      {indexMonth && (
        <IndexZones
          period={indexMonth}
          cursor={cursor}
          onMap={visibility.indexZones}
          onMapChange={(on) => setVisibility({ ...visibility, indexZones: on })}
        />
      )}
      {isPlanner && <ImportCsv />}
    </section>
  );
}
