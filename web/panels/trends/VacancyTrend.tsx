import { useMemo } from 'react';
import { useTranslation } from '../../i18n';
import { useDistrictVacancy } from '../../api/trends';
import { formatDate, formatInteger, formatPercent } from '../../i18n/format';
import { TrendChart } from './TrendChart';
import { VacantPremisesTable } from './VacantPremisesTable';
import { firstOfMonth } from '../../../server/domain/calendar';

export const VACANCY_FROM = '2024-01-01';

/**
 * Vacancy over time (by count and by floor area) with the time cursor's month, and the premises
 * empty now with how long they have been.
 */
export function VacancyTrend({
  districtId,
  to,
  week,
  cursor,
}: {
  districtId: string;
  to: string;
  /** The time cursor's week (null: the latest). */
  week: string | null;
  cursor: { marker: number | null; onPick: (x: number) => void };
}) {
  const { t } = useTranslation();
  const data = useDistrictVacancy(districtId, VACANCY_FROM, to).data;
  const chart = useMemo(
    () =>
      data && {
        x: data.series.map((m) => Date.parse(`${m.at}T00:00:00Z`) / 1000),
        series: [
          {
            label: t('trends.byCount'),
            color: '#d62728',
            values: data.series.map((m) => (m.rate === null ? null : m.rate * 100)),
          },
          {
            label: t('trends.byArea'),
            color: '#ff9896',
            values: data.series.map((m) => (m.areaRate === null ? null : m.areaRate * 100)),
          },
        ],
      },
    [data, t],
  );
  if (!data || !chart) return null;
  const month = week ? firstOfMonth(week) : null;
  const shown = data.series.find((m) => m.at === month) ?? data.series[data.series.length - 1];
  return (
    <section aria-labelledby="vacancy-title">
      <h3 id="vacancy-title">{t('trends.vacancy')}</h3>
      <TrendChart
        x={chart.x}
        series={chart.series}
        percent
        marker={cursor.marker}
        onPick={cursor.onPick}
        download={{
          name: `vakans-${districtId}`,
          header: [
            t('trends.month'),
            t('trends.premises'),
            t('trends.vacantCount'),
            t('trends.byCount'),
            t('trends.byArea'),
          ],
          rows: data.series.map((m) => [
            m.at,
            m.premises,
            m.vacant,
            m.rate === null ? null : Math.round(m.rate * 1000) / 10,
            m.areaRate === null ? null : Math.round(m.areaRate * 1000) / 10,
          ]),
        }}
      />
      <p className="muted" data-testid="vacancy-at">
        {t('trends.vacancyAt', {
          date: formatDate(shown.at),
          vacant: formatInteger(shown.vacant),
          premises: formatInteger(shown.premises),
          rate: formatPercent(shown.rate ?? 0),
        })}
      </p>
      <h3>{t('trends.emptyNow', { count: data.vacantNow.length })}</h3>
      <VacantPremisesTable premises={data.vacantNow} />
    </section>
  );
}
