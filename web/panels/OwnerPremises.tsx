import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import type { OwnerOverview } from '../api/client';
import { usePublishListing, useReportPremisesStatus, useUndoStatusReport, useUploadListingPhoto } from '../api/owner';
import { ErrorText } from '../api/errorText';
import { formatDate, formatDateTime, formatInteger } from '../i18n/format';
import { placePath } from '../place';

type Premises = OwnerOverview['parcels'][number]['premises'][number];
type Status = 'vacant' | 'occupied';

/**
 * One of the owner's premises: its status, reported with a date and a confirmation (and taken
 * back within a day), and its listing on the public map.
 */
export function OwnerPremises({ premises: pr }: { premises: Premises }) {
  const { t } = useTranslation();
  const [reporting, setReporting] = useState<Status | null>(null);
  const [offering, setOffering] = useState(false);
  const undo = useUndoStatusReport(pr.id);
  const vacant = pr.status === 'vacant';
  return (
    <section data-premises={pr.id} className="owner-premises" aria-label={pr.name ?? t(`kinds.${pr.kind}`)}>
      <strong>{pr.name ?? (vacant ? t('premises.vacantPremises') : t('premises.unnamed'))}</strong>
      <span className="muted">
        {t(`kinds.${pr.kind}`)}
        {pr.floorAreaM2 ? ` · ${t('units.m2', { value: formatInteger(pr.floorAreaM2) })}` : ''}
      </span>
      <span className={`status status-${pr.status ?? 'unknown'}`}>
        {t(`status.${pr.status ?? 'unknown'}`)}
        {pr.since ? ` ${t('status.since', { date: formatDate(pr.since) })}` : ''}
      </span>
      {pr.listed && (
        <span className="listed">
          {t('owner.listed')} ·{' '}
          <a href={placePath(`/public/vacancies/${pr.id}`, pr.placeId)}>{t('owner.viewListing')}</a>
        </span>
      )}
      {pr.undoUntil && (
        <span className="undo">
          <button type="button" className="link" onClick={() => undo.mutate()} disabled={undo.isPending}>
            {t('owner.undo')}
          </button>{' '}
          <span className="muted small">{t('owner.undoUntil', { time: formatDateTime(pr.undoUntil) })}</span>
        </span>
      )}
      {!reporting && !offering && (
        <div className="buttons">
          <button type="button" className="secondary" onClick={() => setReporting(vacant ? 'occupied' : 'vacant')}>
            {vacant ? t('owner.reportLet') : t('owner.reportVacant')}
          </button>
          {vacant && (
            <button type="button" className="secondary" onClick={() => setOffering(true)}>
              {pr.listed ? t('owner.editOffer') : t('owner.offer')}
            </button>
          )}
        </div>
      )}
      <ErrorText error={undo.error} />
      {reporting && <ReportForm premises={pr} status={reporting} onDone={() => setReporting(null)} />}
      {offering && <ListingForm premises={pr} onDone={() => setOffering(false)} />}
    </section>
  );
}

/** The date a status starts (today unless said otherwise), confirmed before it counts. */
function ReportForm({ premises: pr, status, onDone }: { premises: Premises; status: Status; onDone: () => void }) {
  const { t } = useTranslation();
  const report = useReportPremisesStatus(pr.id);
  const [date, setDate] = useState(() => new Date().toLocaleDateString('sv-SE'));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    report.mutate({ status, date }, { onSuccess: onDone });
  };
  return (
    <form
      className="save-form"
      onSubmit={submit}
      aria-label={t(status === 'vacant' ? 'owner.reportVacant' : 'owner.reportLet')}
    >
      <label>
        {t(status === 'vacant' ? 'owner.vacantFrom' : 'owner.letFrom')}
        <input
          type="date"
          value={date}
          min={pr.since ?? undefined}
          onChange={(e) => setDate(e.target.value)}
          required
        />
      </label>
      <p className="muted small">
        {t(status === 'vacant' ? 'owner.confirmVacant' : pr.listed ? 'owner.confirmLetListed' : 'owner.confirmLet', {
          date: formatDate(date || pr.since || ''),
        })}
      </p>
      <ErrorText error={report.error} />
      <div className="buttons">
        <button type="submit" disabled={report.isPending || !date}>
          {t('owner.confirm')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('owner.cancel')}
        </button>
      </div>
    </form>
  );
}

function ListingForm({ premises: pr, onDone }: { premises: Premises; onDone: () => void }) {
  const { t } = useTranslation();
  const list = usePublishListing(pr.id);
  const upload = useUploadListingPhoto(pr.id);
  const [photo, setPhoto] = useState<File | null>(null);
  // The listing's version when the form opened: a save over someone else's newer text is refused.
  const [version] = useState(pr.listingVersion);
  const [text, setText] = useState(pr.listingText ?? '');
  const [contact, setContact] = useState(pr.listingContact ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The text first: a photo belongs to a published listing.
    list.mutate(
      { text, contact, version },
      { onSuccess: () => (photo ? upload.mutate(photo, { onSuccess: onDone }) : onDone()) },
    );
  };
  return (
    <form className="save-form" onSubmit={submit} aria-label={t('owner.offer')}>
      <label>
        {t('owner.offerText')}
        <input value={text} onChange={(e) => setText(e.target.value)} required maxLength={1000} />
      </label>
      <label>
        {t('owner.contact')}
        <input value={contact} onChange={(e) => setContact(e.target.value)} required maxLength={200} />
      </label>
      <label>
        {t('owner.photo')}
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp"
          onChange={(e) => setPhoto(e.target.files?.[0] ?? null)}
        />
      </label>
      <p className="muted small">{t('owner.contactIsPublic')}</p>
      <ErrorText error={list.error ?? upload.error} />
      <div className="buttons">
        <button type="submit" disabled={list.isPending || upload.isPending}>
          {t('owner.publish')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('owner.cancel')}
        </button>
      </div>
    </form>
  );
}
