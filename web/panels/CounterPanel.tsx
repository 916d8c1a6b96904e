import { useTranslation } from '../i18n';
import { useCounters } from '../api/queries';
import { formatDate, formatInteger, formatPercent } from '../i18n/format';
import { Field, SidePanel } from './SidePanel';
import { ProvenanceBadge } from './ProvenanceBadge';
import { FootfallChart } from './trends/FootfallChart';

export function CounterPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const counter = useCounters().data?.features.find((f) => f.id === id);
  if (!counter) return null;
  const p = counter.properties;
  const change = p.weekBeforeCount > 0 ? p.lastWeekCount / p.weekBeforeCount - 1 : null;
  return (
    <SidePanel kicker={t('footfall.heading')} title={p.name} onClose={onClose}>
      <ProvenanceBadge provenance={p.generated ? 'generated' : 'real'} />
      <dl>
        <Field label={`${t('footfall.lastWeek')}${p.lastWeekStart ? ` (${formatDate(p.lastWeekStart)})` : ''}`}>
          {t('footfall.visitors', { formatted: formatInteger(p.lastWeekCount) })}
        </Field>
        {change !== null && (
          <Field
            label={t('footfall.change')}
          >{`${change >= 0 ? '+' : '−'}${t('units.percent', { value: formatPercent(Math.abs(change)) })}`}</Field>
        )}
      </dl>
      <FootfallChart source={{ kind: 'counter', id }} />
    </SidePanel>
  );
}
