import { useMemo } from 'react';
import { useTranslation } from '../../i18n';
import { useIndexSeries, useIndexZones } from '../../api/trends';
import { changeColor } from '../../map/layers/colors';
import { rgbaCss } from '../../map/layers/colors';
import { formatDate, formatDecimal } from '../../i18n/format';
import { TrendChart } from './TrendChart';

const LINE_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2'];

/**
 * The turnover index: every zone's series as a line chart, and each zone's value in the
 * slider's month with its change against last year, coloured as on the map.
 */
export function IndexZones({
  period,
  cursor,
  onMap,
  onMapChange,
}: {
  period: string;
  cursor: { marker: number | null; onPick: (x: number) => void };
  /** Whether the zones are drawn on the map (only when asked for: they cover the district). */
  onMap: boolean;
  onMapChange: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  const zonesData = useIndexZones(period).data;
  const zones = useMemo(() => zonesData?.features ?? [], [zonesData]);
  const loaded = useIndexSeries(zones.map((z) => z.id));
  const chart = useMemo(() => {
    if (!loaded || loaded.length === 0) return null;
    const periods = [...new Set(loaded.flatMap((s) => s.map((p) => p.period)))].sort();
    return {
      periods,
      x: periods.map((p) => Date.parse(`${p}T00:00:00Z`) / 1000),
      series: zones.map((z, i) => {
        const byPeriod = new Map(loaded[i].map((p) => [p.period, p.value]));
        return {
          label: z.properties.name,
          color: LINE_COLOURS[i % LINE_COLOURS.length],
          values: periods.map((p) => byPeriod.get(p) ?? null),
        };
      }),
    };
  }, [loaded, zones]);

  return (
    <section aria-labelledby="index-title">
      <h3 id="index-title">{t('trends.indexSeries')}</h3>
      {chart && (
        <div data-testid="index-chart">
          <TrendChart
            x={chart.x}
            series={chart.series}
            decimals
            marker={cursor.marker}
            onPick={cursor.onPick}
            download={{
              name: 'omsattningsindex',
              header: [t('trends.month'), ...chart.series.map((s) => s.label)],
              rows: chart.periods.map((p, i) => [p.slice(0, 7), ...chart.series.map((s) => s.values[i])]),
            }}
          />
        </div>
      )}
      <h3>
        {t('trends.index')} {formatDate(period).slice(0, 7)}
      </h3>
      <label className="check">
        <input type="checkbox" checked={onMap} onChange={(e) => onMapChange(e.target.checked)} />
        {t('trends.indexOnMap')}
      </label>
      <ul className="rows" data-testid="index-zones">
        {zones.map((z) => (
          <li key={z.id}>
            <strong>
              <span
                className="dot"
                style={{ background: rgbaCss(changeColor(z.properties.changePercent)) }}
                aria-hidden
              />{' '}
              {z.properties.name}
            </strong>
            <span className="muted">
              {z.properties.value === null ? '–' : formatDecimal(z.properties.value)}
              {z.properties.changePercent === null
                ? ''
                : ` (${z.properties.changePercent >= 0 ? '+' : '−'}${formatDecimal(Math.abs(z.properties.changePercent))} % ${t('trends.vsLastYear')})`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
