import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOwnerOverview, usePublishListing, useReportPremisesStatus } from '../api/owner';
import { formatDate, formatInteger, formatPercent, formatSek } from '../i18n/format';
import { ErrorText } from '../api/errorText';

/** "Mina fastigheter": an owner's parcels and premises, the actions near them, and their part of the financing. */
export function OwnerPanel() {
  const { t } = useTranslation();
  const overview = useOwnerOverview();
  if (overview.error)
    return (
      <aside className="panel side-panel">
        <ErrorText error={overview.error} className="" />
      </aside>
    );
  const data = overview.data;
  return (
    <aside className="panel side-panel" aria-labelledby="owner-title" data-testid="owner-panel">
      <header>
        <p className="kicker">{t('owner.kicker')}</p>
        <h2 id="owner-title">{t('owner.title')}</h2>
      </header>
      {!data ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          {data.parcels.map((p) => (
            <section key={p.id}>
              <h3>
                {p.designation} · {t('parcel.share')} {t('units.percent', { value: formatPercent(p.share) })}
              </h3>
              <ul className="rows">
                {p.premises.map((pr) => (
                  <OwnerPremises key={pr.id} premises={pr} />
                ))}
                {p.premises.length === 0 && <li className="muted">{t('parcel.noPremises')}</li>}
              </ul>
            </section>
          ))}
          <h3>{t('owner.actionsNear', { meters: formatInteger(data.distanceM) })}</h3>
          <ul className="rows">
            {data.actions.map((a) => (
              <li key={a.id}>
                <strong>{a.title}</strong>
                <span className="muted">
                  {t(`actionStatus.${a.status}`)}
                  {a.start ? ` · ${formatDate(a.start)}` : ''}
                  {a.end ? ` – ${formatDate(a.end)}` : ''}
                </span>
                {a.myShare > 0 && (
                  <span>{t('owner.myShare', { share: formatPercent(a.myShare), amount: formatSek(a.mySek) })}</span>
                )}
              </li>
            ))}
            {data.actions.length === 0 && <li className="muted">{t('owner.noActions')}</li>}
          </ul>
        </>
      )}
    </aside>
  );
}

type Premises = {
  id: string;
  name: string | null;
  kind: string;
  status: string | null;
  since: string | null;
  floorAreaM2: number | null;
  listed: boolean;
  listingVersion: number;
};

function OwnerPremises({ premises: pr }: { premises: Premises }) {
  const { t } = useTranslation();
  const today = new Date().toLocaleDateString('sv-SE');
  const report = useReportPremisesStatus(pr.id);
  const list = usePublishListing(pr.id);
  // The listing's version when the form opened: a save over someone else's newer text is refused.
  const [offering, setOffering] = useState<{ version: number } | null>(null);
  const [text, setText] = useState('');
  const [contact, setContact] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    list.mutate({ text, contact, version: offering?.version }, { onSuccess: () => setOffering(null) });
  };
  const vacant = pr.status === 'vacant';
  return (
    <li data-premises={pr.id}>
      <strong>{pr.name ?? (vacant ? t('premises.vacantPremises') : t('premises.unnamed'))}</strong>
      <span className="muted">
        {t(`kinds.${pr.kind}`)}
        {pr.floorAreaM2 ? ` · ${t('units.m2', { value: formatInteger(pr.floorAreaM2) })}` : ''}
      </span>
      <span className={`status status-${pr.status ?? 'unknown'}`}>
        {t(`status.${pr.status ?? 'unknown'}`)}
        {pr.since ? ` ${t('status.since', { date: formatDate(pr.since) })}` : ''}
        {pr.listed ? ` · ${t('owner.listed')}` : ''}
      </span>
      <div className="buttons">
        {vacant ? (
          <button
            type="button"
            className="secondary"
            onClick={() => report.mutate({ status: 'occupied', date: today })}
          >
            {t('owner.reportLet')}
          </button>
        ) : (
          <button type="button" className="secondary" onClick={() => report.mutate({ status: 'vacant', date: today })}>
            {t('owner.reportVacant')}
          </button>
        )}
        {vacant && !offering && (
          <button type="button" className="secondary" onClick={() => setOffering({ version: pr.listingVersion })}>
            {t('owner.offer')}
          </button>
        )}
      </div>
      <ErrorText error={report.error ?? list.error} />
      {offering && (
        <form className="save-form" onSubmit={submit}>
          <label>
            {t('owner.offerText')}
            <input value={text} onChange={(e) => setText(e.target.value)} required maxLength={1000} />
          </label>
          <label>
            {t('owner.contact')}
            <input value={contact} onChange={(e) => setContact(e.target.value)} required maxLength={200} />
          </label>
          <p className="muted small">{t('owner.contactIsPublic')}</p>
          <button type="submit" disabled={list.isPending}>
            {t('owner.publish')}
          </button>
        </form>
      )}
    </li>
  );
}
