import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { useActionUpdates, useAddActionUpdate } from '../../api/actionPlan';
import { formatDate } from '../../i18n/format';
import { ErrorText } from '../../api/errorText';

/** Dated progress notes on an action, each with an optional photo (JPEG, PNG or WebP, at most 5 MB). */
export function ActionUpdates({ districtId, actionId }: { districtId: string; actionId: string }) {
  const { t } = useTranslation();
  const updates = useActionUpdates(districtId, actionId).data?.updates ?? [];
  const [date, setDate] = useState(() => new Date().toLocaleDateString('sv-SE'));
  const [note, setNote] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const add = useAddActionUpdate(districtId, actionId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { date, note, photo },
      {
        onSuccess: () => {
          setNote('');
          setPhoto(null);
        },
      },
    );
  };
  return (
    <section>
      <h3>{t('plan.updates')}</h3>
      <form className="save-form" onSubmit={submit} aria-label={t('plan.addUpdate')}>
        <div className="two">
          <input
            type="date"
            aria-label={t('stakeholder.date')}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            required
          />
          <input
            type="file"
            aria-label={t('plan.photo')}
            accept="image/jpeg,image/png,image/webp"
            onChange={(e) => setPhoto(e.target.files?.[0] ?? null)}
          />
        </div>
        <label>
          {t('stakeholder.what')}
          <input value={note} onChange={(e) => setNote(e.target.value)} required maxLength={4000} />
        </label>
        <ErrorText error={add.error} />
        <button type="submit" disabled={add.isPending}>
          {t('plan.addUpdate')}
        </button>
      </form>
      <ul className="rows" data-testid="action-updates">
        {updates.map((u) => (
          <li key={u.id}>
            <strong>{formatDate(u.date)}</strong>
            <span>{u.note}</span>
            {u.hasPhoto && (
              <img className="update-photo" src={`/api/action-updates/${u.id}/photo`} alt={u.note} loading="lazy" />
            )}
            <span className="muted">{u.createdBy}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
