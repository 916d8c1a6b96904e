import '../i18n/workspaceTexts';
import { useMemo, useState } from 'react';
import { useTranslation } from '../i18n';
import { featureBounds } from '../map/layers/geojson';
import { useYearlyReport } from '../api/reports';
import { useDistrict } from '../api/queries';
import { districtsLayer } from '../map/layers/districts';
import { actionsLayer } from '../map/layers/actions';
import { formatDate, formatDecimal, formatInteger, formatPercent, formatSek } from '../i18n/format';
import { formatIndicator } from '../panels/actionPlan/GoalsTab';
import { ReportMap } from './ReportMap';
import { Figure, ReportShell } from './ReportShell';
import { ErrorText } from '../api/errorText';

const signed = (n: number | null) => (n === null ? '–' : `${n >= 0 ? '+' : '−'}${formatDecimal(Math.abs(n))} %`);

/** The yearly report to the municipal board: what was done, what it cost, where the goals and figures stand. */
export function YearlyReport({ districtId, year }: { districtId: string; year: number | null }) {
  const { t, language } = useTranslation();
  const report = useYearlyReport(districtId, year);
  const district = useDistrict(districtId).data;
  const [mapReady, setMapReady] = useState(false);
  const r = report.data;
  const layers = useMemo(
    () =>
      district && r
        ? [
            districtsLayer([district]),
            actionsLayer(
              r.actionsDone.map((a) => ({ ...a, status: 'ongoing' })),
              null,
            ),
          ]
        : [],
    [district, r],
  );
  if (report.error) return <ErrorText error={report.error} className="fatal" />;
  if (!r || !district) return <p className="fatal">{t('app.loading')}</p>;
  const k = r.keyFigures;

  return (
    <ReportShell
      kicker={t('report.yearlyKicker', { year: r.year })}
      title={r.district.name}
      pdfHref={`/api/districts/${encodeURIComponent(districtId)}/reports/yearly.pdf?year=${r.year}&lang=${language}`}
      ready={mapReady}
      tools={
        <label>
          {t('report.year')}{' '}
          <select
            value={r.year}
            onChange={(e) => {
              window.location.search = `?year=${e.target.value}`;
            }}
          >
            {Array.from({ length: 5 }, (_, i) => Number(r.asOf.slice(0, 4)) - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      }
    >
      <p className="muted">
        {t('report.yearPeriod', { from: formatDate(r.period.from), to: formatDate(r.period.to) })}
      </p>
      {r.vision && <p className="vision">{r.vision}</p>}

      <section className="report-section">
        <h2>{t('report.keyFigures')}</h2>
        <table className="report-table" data-testid="report-key-figures">
          <thead>
            <tr>
              <th />
              <th>{r.year}</th>
              <th>{r.year - 1}</th>
              <th>{t('report.change')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>
                {t('indicators.vacancy-rate')} ({formatDate(k.vacancyRate.at)})
              </td>
              <td>{k.vacancyRate.value === null ? '–' : `${formatPercent(k.vacancyRate.value)} %`}</td>
              <td>{k.vacancyRate.lastYear === null ? '–' : `${formatPercent(k.vacancyRate.lastYear)} %`}</td>
              <td>
                {k.vacancyRate.value === null || k.vacancyRate.lastYear === null
                  ? '–'
                  : t('report.points', {
                      value: `${k.vacancyRate.value >= k.vacancyRate.lastYear ? '+' : '−'}${formatDecimal(Math.abs(k.vacancyRate.value - k.vacancyRate.lastYear) * 100)}`,
                    })}
              </td>
            </tr>
            <tr>
              <td>{t('report.visitors')}</td>
              <td data-testid="report-footfall-year">
                {k.footfall.value === null ? '–' : formatInteger(k.footfall.value)}
              </td>
              <td>{k.footfall.lastYear === null ? '–' : formatInteger(k.footfall.lastYear)}</td>
              <td>{signed(k.footfall.changePercent)}</td>
            </tr>
            <tr>
              <td>{t('indicators.turnover-index')}</td>
              <td>{k.turnoverIndex.value === null ? '–' : formatDecimal(k.turnoverIndex.value)}</td>
              <td>{k.turnoverIndex.lastYear === null ? '–' : formatDecimal(k.turnoverIndex.lastYear)}</td>
              <td>{signed(k.turnoverIndex.changePercent)}</td>
            </tr>
            <tr>
              <td>{t('indicators.members')}</td>
              <td>{k.members.value === null ? '–' : formatInteger(k.members.value)}</td>
              <td>–</td>
              <td>–</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section className="report-section">
        <h2>{t('report.done', { count: r.actionsDone.length })}</h2>
        <ReportMap
          bounds={featureBounds(district)}
          layers={layers}
          alt={t('report.mapOfYear', { year: r.year })}
          onReady={() => setMapReady(true)}
        />
        <ul className="report-list" data-testid="report-actions">
          {r.actionsDone.map((a) => (
            <li key={a.id}>
              <strong>{a.title}</strong> · {t(`focusAreas.${a.focusArea}`)} · {a.end ? formatDate(a.end) : ''} ·{' '}
              {formatSek(a.costSek)}
            </li>
          ))}
        </ul>
      </section>

      <section className="report-section">
        <h2>{t('report.money')}</h2>
        <dl className="figures">
          <Figure label={t('report.spent')} value={formatSek(r.money.totalSek)} testId="report-spent" />
        </dl>
        <table className="report-table" data-testid="report-pots">
          <thead>
            <tr>
              <th>{t('plan.pot')}</th>
              <th>{t('plan.budget')}</th>
              <th>{t('report.spentInActions')}</th>
              <th>{t('plan.committed')}</th>
            </tr>
          </thead>
          <tbody>
            {r.money.pots.map((p) => (
              <tr key={p.id}>
                <td>{t(`plan.potKind.${p.kind}`)}</td>
                <td>{formatSek(p.budgetSek)}</td>
                <td>{formatSek(p.spentSek)}</td>
                <td>{formatSek(p.committedSek)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="report-table" data-testid="report-parties">
          <thead>
            <tr>
              <th>{t('report.party')}</th>
              <th>{t('report.paid')}</th>
            </tr>
          </thead>
          <tbody>
            {r.money.byParty.map((p) => (
              <tr key={p.party}>
                <td>{p.party}</td>
                <td>{formatSek(p.sek)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="report-section">
        <h2>{t('report.goals')}</h2>
        <table className="report-table" data-testid="report-goals">
          <thead>
            <tr>
              <th>{t('report.goal')}</th>
              <th>{t('plan.baseline')}</th>
              <th>{t('report.now')}</th>
              <th>{t('plan.target')}</th>
              <th>{t('report.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {r.goals.map((g) => (
              <tr key={g.id}>
                <td>{g.title}</td>
                <td>{formatIndicator(g.indicator, g.baseline)}</td>
                <td>{formatIndicator(g.indicator, g.current)}</td>
                <td>
                  {formatIndicator(g.indicator, g.target)} ({formatDate(g.targetDate)})
                </td>
                <td>{g.progress === null ? '–' : `${formatPercent(g.progress)} %`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="muted small">{t('report.generatedNote')}</p>
    </ReportShell>
  );
}
