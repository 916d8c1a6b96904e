import { useTranslation } from '../i18n';
import { usePremisesDetail } from '../api/queries';
import { formatDate, formatInteger } from '../i18n/format';
import { Field, SidePanel } from './SidePanel';
import { ProvenanceBadge } from './ProvenanceBadge';
import type { Selection } from '../selection';
import { ErrorText } from '../api/errorText';

export function PremisesPanel({
  id,
  onSelect,
  onClose,
}: {
  id: string;
  onSelect: (s: Selection) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { data: premises, error } = usePremisesDetail(id);
  if (error)
    return (
      <SidePanel kicker={t('premises.heading')} title={id} onClose={onClose}>
        <ErrorText error={error} className="" />
      </SidePanel>
    );
  if (!premises)
    return (
      <SidePanel kicker={t('premises.heading')} title="…" onClose={onClose}>
        <p>{t('app.loading')}</p>
      </SidePanel>
    );
  const p = premises.properties;
  const title = p.name ?? (p.status === 'vacant' ? t('premises.vacantPremises') : t('premises.unnamed'));
  return (
    <SidePanel kicker={t('premises.heading')} title={title} onClose={onClose}>
      <ProvenanceBadge provenance={p.generated ? 'generated' : 'real'} />
      <dl>
        <Field label={t('premises.kind')}>{t(`kinds.${p.kind}`)}</Field>
        {p.address && <Field label={t('premises.address')}>{p.address}</Field>}
        <Field label={t('premises.status')}>
          <span className={`status status-${p.status ?? 'unknown'}`}>
            {t(`status.${p.status ?? 'unknown'}`)}
            {p.statusSince ? ` ${t('status.since', { date: formatDate(p.statusSince) })}` : ''}
          </span>
        </Field>
        {p.floorAreaM2 != null && (
          <Field label={t('premises.floorArea')}>
            {t('units.m2', { value: formatInteger(p.floorAreaM2) })}
            {p.floorAreaGenerated ? ` (${t('premises.floorAreaGenerated')})` : ''}
          </Field>
        )}
        {p.parcelId && (
          <Field label={t('premises.parcel')}>
            <button type="button" className="link" onClick={() => onSelect({ type: 'parcel', id: p.parcelId! })}>
              {p.parcelDesignation}
            </button>
          </Field>
        )}
        {premises.tenants.length > 0 && (
          <Field label={t('premises.tenants')}>{premises.tenants.map((x) => x.name).join(', ')}</Field>
        )}
        <Field label={t('parcel.source')}>{p.source}</Field>
      </dl>
      <h3>{t('premises.history')}</h3>
      <ul className="rows">
        {premises.history.map((h) => (
          <li key={h.from}>
            <span className={`status status-${h.status}`}>{t(`status.${h.status}`)}</span>
            <span className="muted">
              {h.to
                ? t('premises.period', { from: formatDate(h.from), to: formatDate(h.to) })
                : t('premises.periodOpen', { from: formatDate(h.from) })}
            </span>
          </li>
        ))}
      </ul>
    </SidePanel>
  );
}
