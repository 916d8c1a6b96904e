import '../i18n/workspaceTexts';
import { useMemo, useState } from 'react';
import { useTranslation } from '../i18n';
import { featureBounds } from '../map/layers/geojson';
import { useCurrentStateReport } from '../api/reports';
import { useDistrict } from '../api/queries';
import { useObservations } from '../api/siteWalks';
import { districtsLayer } from '../map/layers/districts';
import { observationsLayer, type ObservationFeature } from '../map/layers/observations';
import { formatDate, formatDecimal, formatInteger, formatPercent } from '../i18n/format';
import { TrendChart } from '../panels/trends/TrendChart';
import { ReportMap } from './ReportMap';
import { Figure, ReportShell } from './ReportShell';
import { ErrorText } from '../api/errorText';

const monthStart = (m: string) => Date.parse(`${m.slice(0, 7)}-01T00:00:00Z`) / 1000;
const signed = (n: number | null) => (n === null ? '–' : `${n >= 0 ? '+' : '−'}${formatDecimal(Math.abs(n))} %`);

/** The current-state analysis (nulägesanalys) of a district, for print and PDF. */
export function CurrentStateReport({ districtId }: { districtId: string }) {
  const { t, language } = useTranslation();
  const report = useCurrentStateReport(districtId);
  const district = useDistrict(districtId).data;
  const observationData = useObservations(districtId, {}).data;
  const [mapReady, setMapReady] = useState(false);
  const layers = useMemo(
    () =>
      district
        ? [
            districtsLayer([district]),
            ...observationsLayer((observationData?.features ?? []) as ObservationFeature[], null, null),
          ]
        : [],
    [district, observationData],
  );
  const r = report.data;
  if (report.error) return <ErrorText error={report.error} className="fatal" />;
  if (!r || !district) return <p className="fatal">{t('app.loading')}</p>;
  const kinds = Object.entries(r.premises.byKind).sort((a, b) => b[1].total - a[1].total);

  return (
    <ReportShell
      kicker={t('report.currentState')}
      title={r.district.name}
      pdfHref={`/api/districts/${encodeURIComponent(districtId)}/reports/current-state.pdf?lang=${language}`}
      ready={mapReady}
    >
      <p className="muted">{t('report.asOf', { date: formatDate(r.asOf), generated: formatDate(r.generatedOn) })}</p>
      <ReportMap
        bounds={featureBounds(district)}
        layers={layers}
        alt={t('report.mapAlt', { name: r.district.name })}
        onReady={() => setMapReady(true)}
      />

      <section className="report-section">
        <h2>{t('report.area')}</h2>
        <dl className="figures">
          <Figure
            label={t('report.size')}
            value={`${formatDecimal(r.district.areaM2 / 10_000)} ha`}
            testId="report-area"
          />
          <Figure label={t('report.parcels')} value={formatInteger(r.parcels.count)} testId="report-parcels" />
          <Figure label={t('report.owners')} value={formatInteger(r.parcels.owners)} testId="report-owners" />
          <Figure label={t('report.premises')} value={formatInteger(r.premises.count)} testId="report-premises" />
          <Figure
            label={t('report.vacancyNow')}
            value={`${formatPercent(r.premises.vacancyRate)} %`}
            testId="report-vacancy"
          />
          <Figure
            label={t('report.processStep')}
            value={r.process?.currentStep ? t('process.step', { number: r.process.currentStep }) : '–'}
            testId="report-step"
          />
        </dl>
      </section>

      <section className="report-section">
        <h2>{t('report.offering')}</h2>
        <table className="report-table" data-testid="report-offering">
          <thead>
            <tr>
              <th>{t('report.kind')}</th>
              <th>{t('report.count')}</th>
              <th>{t('report.vacantOf')}</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map(([kind, k]) => (
              <tr key={kind}>
                <td>{t(`kinds.${kind}`)}</td>
                <td>{formatInteger(k.total)}</td>
                <td>{formatInteger(k.vacant)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="report-section">
        <h2>{t('report.vacancyTrend')}</h2>
        <p data-testid="report-vacancy-trend">
          {t('report.vacancyChange', {
            now: r.vacancy.latest?.rate == null ? '–' : formatPercent(r.vacancy.latest.rate),
            before: r.vacancy.yearAgo?.rate == null ? '–' : formatPercent(r.vacancy.yearAgo.rate),
          })}
        </p>
        <TrendChart
          width={640}
          height={170}
          percent
          x={r.vacancy.monthly.map((m) => monthStart(m.at))}
          series={[
            {
              label: t('trends.byCount'),
              color: '#d62728',
              values: r.vacancy.monthly.map((m) => (m.rate === null ? null : m.rate * 100)),
            },
          ]}
        />
      </section>

      <section className="report-section">
        <h2>{t('report.footfallTrend')}</h2>
        {r.footfall.last12Months ? (
          <p data-testid="report-footfall">
            {t('report.footfallChange', {
              total: formatInteger(r.footfall.last12Months.total),
              change: signed(r.footfall.last12Months.changePercent),
            })}
          </p>
        ) : (
          <p className="muted">{t('trends.noCounters')}</p>
        )}
        {r.footfall.monthly.length > 0 && (
          <TrendChart
            width={640}
            height={170}
            x={r.footfall.monthly.map((m) => monthStart(m.month))}
            series={[
              { label: t('report.visitorsPerMonth'), color: '#008080', values: r.footfall.monthly.map((m) => m.count) },
            ]}
          />
        )}
      </section>

      <section className="report-section">
        <h2>{t('report.turnoverTrend')}</h2>
        <p data-testid="report-turnover">
          {r.turnoverIndex.latest
            ? t('report.turnoverChange', {
                value: formatDecimal(r.turnoverIndex.latest.value),
                month: r.turnoverIndex.latest.period.slice(0, 7),
                change: signed(r.turnoverIndex.changePercent),
                zones: r.turnoverIndex.zones.join(', '),
              })
            : '–'}
        </p>
        {r.turnoverIndex.monthly.length > 0 && (
          <TrendChart
            width={640}
            height={170}
            decimals
            x={r.turnoverIndex.monthly.map((m) => monthStart(m.period))}
            series={[
              { label: t('trends.index'), color: '#1f77b4', values: r.turnoverIndex.monthly.map((m) => m.value) },
            ]}
          />
        )}
      </section>

      <section className="report-section">
        <h2>{t('report.observations')}</h2>
        <table className="report-table" data-testid="report-observations">
          <thead>
            <tr>
              <th>{t('walk.focusArea')}</th>
              <th>{t('walk.verdicts.good')}</th>
              <th>{t('walk.verdicts.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {r.observations.byFocusArea.map((o) => (
              <tr key={o.focusArea}>
                <td>{t(`focusAreas.${o.focusArea}`)}</td>
                <td>{o.good}</td>
                <td>{o.problem}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="muted small">{t('report.generatedNote')}</p>
    </ReportShell>
  );
}
