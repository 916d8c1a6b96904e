import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { changeColor } from '../../map/layers/indexZones';
import { rgbaCss } from '../../map/layers/colors';
import { formatDate, formatDecimal } from '../../i18n/format';

/** The turnover index of each zone in a month and its change against last year, as on the map. */
export function IndexZones({ period }: { period: string }) {
  const { t } = useTranslation();
  const zones = useQuery({ queryKey: ['index', 'zones', period], queryFn: () => unwrap(api.index.zones.$get({ query: { period } })) }).data?.features ?? [];
  return (
    <section aria-labelledby="index-title">
      <h3 id="index-title">{t('trends.index')} {formatDate(period).slice(0, 7)}</h3>
      <ul className="rows" data-testid="index-zones">
        {zones.map((z) => (
          <li key={z.id}>
            <strong><span className="dot" style={{ background: rgbaCss(changeColor(z.properties.changePercent)) }} aria-hidden /> {z.properties.name}</strong>
            <span className="muted">
              {z.properties.value === null ? '–' : formatDecimal(z.properties.value)}
              {z.properties.changePercent === null ? '' : ` (${z.properties.changePercent >= 0 ? '+' : '−'}${formatDecimal(Math.abs(z.properties.changePercent))} % ${t('trends.vsLastYear')})`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
