import { useTranslation } from '../i18n';
import { useActions, usePots } from '../api/actionPlan';
import { useMe } from '../api/auth';
import { useConfig } from '../api/queries';
import { useDistrictSummary } from '../api/districts';
import { useDistrictVacancy, useFootfallSeries } from '../api/trends';
import { formatDecimal, formatInteger, formatPercent, formatSek } from '../i18n/format';
import { addDays, firstOfMonth, shiftYear } from '../../server/domain/calendar';
import { toMonday } from '../panels/trends/periods';
import { VACANCY_FROM } from '../panels/trends/VacancyTrend';
import { useTimeCursor } from './useTimeCursor';

/**
 * A district's key figures at the time cursor: footfall that week against the same week last
 * year, the vacancy rate, actions on track, and money committed and left.
 */
export function DistrictKpis({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const isPlanner = useMe().data?.user?.role === 'planner';
  const { period, week, shown } = useTimeCursor();
  const footfall = useWeekFootfall(districtId, period, shown);
  const vacancy = useVacancyAt(districtId, week);
  const actions = useActions(districtId).data?.actions;
  const pots = usePots(districtId, isPlanner).data?.pots;

  // An action is late when its end date has passed before the week ended and it is not done.
  const asOf = shown ? addDays(shown, 6) : null;
  const live = actions?.filter((a) => a.status !== 'cancelled') ?? [];
  const late = asOf ? live.filter((a) => a.status !== 'done' && 'end' in a && a.end && a.end < asOf).length : 0;
  const budget = pots?.reduce((s, p) => s + p.budgetSek, 0) ?? 0;
  const committed = pots?.reduce((s, p) => s + p.committedSek, 0) ?? 0;

  return (
    <ul className="kpis" data-testid="kpis">
      <Kpi
        label={t('kpi.footfall')}
        value={footfall.count === null ? '–' : formatInteger(footfall.count)}
        note={
          footfall.change === null
            ? t('kpi.noLastYear')
            : t('kpi.vsLastYear', {
                sign: footfall.change >= 0 ? '+' : '−',
                value: formatDecimal(Math.abs(footfall.change)),
              })
        }
        tone={footfall.change === null ? undefined : footfall.change >= 0 ? 'good' : 'bad'}
        testId="kpi-footfall"
      />
      <Kpi
        label={t('kpi.vacancy')}
        value={vacancy === null ? '–' : t('units.percent', { value: formatPercent(vacancy.rate) })}
        note={vacancy === null ? '' : t('kpi.vacantOf', { vacant: vacancy.vacant, premises: vacancy.premises })}
        testId="kpi-vacancy"
      />
      <Kpi
        label={t('kpi.actions')}
        value={actions ? t('kpi.onTrack', { onTrack: live.length - late, count: live.length }) : '–'}
        note={late > 0 ? t('kpi.late', { count: late }) : t('kpi.noneLate')}
        tone={late > 0 ? 'bad' : undefined}
        testId="kpi-actions"
      />
      {isPlanner && (
        <Kpi
          label={t('kpi.money')}
          value={pots ? formatSek(committed) : '–'}
          note={pots ? t('kpi.moneyLeft', { budget: formatSek(budget), left: formatSek(budget - committed) }) : ''}
          tone={budget - committed < 0 ? 'bad' : undefined}
          testId="kpi-money"
        />
      )}
    </ul>
  );
}

function Kpi(props: { label: string; value: string; note: string; tone?: 'good' | 'bad'; testId: string }) {
  return (
    <li className="kpi" data-testid={props.testId}>
      <span className="kpi-label">{props.label}</span>
      <strong className="kpi-value">{props.value}</strong>
      <span className={`kpi-note ${props.tone ?? ''}`}>{props.note}</span>
    </li>
  );
}

/** The district's visitors in the week and in the same week a year earlier (the Monday nearest the same date). */
function useWeekFootfall(districtId: string, period: { from: string; to: string } | null, week: string | null) {
  const source = { kind: 'district', id: districtId } as const;
  const from = period?.from ?? '';
  const to = period?.to ?? '';
  const now = useFootfallSeries(source, from, to, 'week').data?.series;
  const before = useFootfallSeries(source, toMonday(shiftYear(from, -1), 1), toMonday(shiftYear(to, -1), 1), 'week')
    .data?.series;
  if (!week || !now) return { count: null, change: null };
  const count = now.find((b) => b.t.slice(0, 10) === week)?.count ?? null;
  const lastYear = before?.find((b) => b.t.slice(0, 10) === toMonday(shiftYear(week, -1), 1))?.count ?? null;
  const change = count !== null && lastYear ? ((count - lastYear) / lastYear) * 100 : null;
  return { count, change };
}

/** Vacancy at the cursor's month, or today's when the cursor follows the latest week. */
function useVacancyAt(districtId: string, week: string | null) {
  const dataDate = useConfig().data?.dataDate ?? new Date().toLocaleDateString('sv-SE');
  const series = useDistrictVacancy(districtId, VACANCY_FROM, firstOfMonth(dataDate)).data?.series;
  const summary = useDistrictSummary(districtId).data;
  if (!week)
    return summary ? { rate: summary.vacancyRate, vacant: summary.vacantPremises, premises: summary.premises } : null;
  const month = series?.find((m) => m.at === firstOfMonth(week));
  return month && month.rate !== null ? { rate: month.rate, vacant: month.vacant, premises: month.premises } : null;
}
