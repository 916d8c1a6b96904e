import { useTranslation } from '../i18n';
import { useParcel } from '../api/queries';
import { formatDate, formatInteger, formatPercent } from '../i18n/format';
import { Field, SidePanel } from './SidePanel';
import { ProvenanceBadge } from './ProvenanceBadge';
import type { Selection } from '../selection';
import { useMe } from '../api/auth';
import { AddOwnerForm } from './AddOwnerForm';
import { ErrorText } from '../api/errorText';

export function ParcelPanel({
  id,
  onSelect,
  onClose,
}: {
  id: string;
  onSelect: (s: Selection) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { data: parcel, error } = useParcel(id);
  const isPlanner = useMe().data?.user?.role === 'planner';
  if (error)
    return (
      <SidePanel kicker={t('parcel.heading')} title={id} onClose={onClose}>
        <ErrorText error={error} className="" />
      </SidePanel>
    );
  if (!parcel)
    return (
      <SidePanel kicker={t('parcel.heading')} title="…" onClose={onClose}>
        <p>{t('app.loading')}</p>
      </SidePanel>
    );
  const p = parcel.properties;
  return (
    <SidePanel kicker={t('parcel.heading')} title={p.designation} onClose={onClose}>
      <ProvenanceBadge provenance={p.generated ? 'generated' : 'real'} />
      <dl>
        <Field label={t('parcel.area')}>{t('units.m2', { value: formatInteger(p.areaM2) })}</Field>
        <Field label={t('parcel.source')}>{p.source}</Field>
      </dl>
      <h3>{t('parcel.owners')}</h3>
      {parcel.owners.length === 0 ? (
        <p className="muted">{t('parcel.noOwners')}</p>
      ) : (
        <ul className="rows" data-testid="owners">
          {parcel.owners.map((o) => (
            <li key={o.id}>
              {isPlanner ? (
                <button type="button" className="link" onClick={() => onSelect({ type: 'stakeholder', id: o.id })}>
                  {o.name ?? t('parcel.privatePerson')}
                </button>
              ) : (
                <strong>{o.isPrivatePerson || !o.name ? t('parcel.privatePerson') : o.name}</strong>
              )}
              <span className="muted">
                {t(`stakeholderKinds.${o.kind}`)} · {t('parcel.share')}{' '}
                {t('units.percent', { value: formatPercent(o.share) })}
                {o.orgNumber ? ` · ${t('parcel.orgNumber')} ${o.orgNumber}` : ''}
              </span>
              <span className={`step step-${o.engagementStep}`}>{t(`engagement.${o.engagementStep}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {isPlanner && <AddOwnerForm parcelId={parcel.id} />}
      <h3>{t('parcel.premises')}</h3>
      {parcel.premises.length === 0 ? (
        <p className="muted">{t('parcel.noPremises')}</p>
      ) : (
        <ul className="rows" data-testid="parcel-premises">
          {parcel.premises.map((pr) => (
            <li key={pr.id}>
              <button type="button" className="link" onClick={() => onSelect({ type: 'premises', id: pr.id })}>
                {pr.name ?? (pr.status === 'vacant' ? t('premises.vacantPremises') : t('premises.unnamed'))}
              </button>
              <span className="muted">
                {t(`kinds.${pr.kind}`)}
                {pr.floorAreaM2 ? ` · ${t('units.m2', { value: formatInteger(pr.floorAreaM2) })}` : ''}
              </span>
              <span className={`status status-${pr.status ?? 'unknown'}`}>
                {t(`status.${pr.status ?? 'unknown'}`)}
                {pr.statusSince ? ` ${t('status.since', { date: formatDate(pr.statusSince) })}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </SidePanel>
  );
}
