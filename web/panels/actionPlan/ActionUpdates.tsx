import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, postForm, unwrap } from '../../api/client';
import { formatDate } from '../../i18n/format';

/** Dated progress notes on an action, each with an optional photo (JPEG, PNG or WebP, at most 5 MB). */
export function ActionUpdates({ districtId, actionId }: { districtId: string; actionId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = ['districts', districtId, 'actions', actionId, 'updates'];
  const updates = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.districts[':id'].actions[':actionId'].updates.$get({ param: { id: districtId, actionId } })),
  }).data?.updates ?? [];
  const [date, setDate] = useState(() => new Date().toLocaleDateString('sv-SE'));
  const [note, setNote] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const add = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.set('date', date);
      form.set('note', note);
      if (photo) form.set('photo', photo);
      return postForm(`/api/districts/${encodeURIComponent(districtId)}/actions/${encodeURIComponent(actionId)}/updates`, form);
    },
    onSuccess: () => { setNote(''); setPhoto(null); void client.invalidateQueries({ queryKey: key }); },
  });
  const submit = (e: FormEvent) => { e.preventDefault(); add.mutate(); };
  return (
    <section>
      <h3>{t('plan.updates')}</h3>
      <form className="save-form" onSubmit={submit} aria-label={t('plan.addUpdate')}>
        <div className="two">
          <input type="date" aria-label={t('stakeholder.date')} value={date} onChange={(e) => setDate(e.target.value)} required />
          <input type="file" aria-label={t('plan.photo')} accept="image/jpeg,image/png,image/webp" onChange={(e) => setPhoto(e.target.files?.[0] ?? null)} />
        </div>
        <label>{t('stakeholder.what')}<input value={note} onChange={(e) => setNote(e.target.value)} required maxLength={4000} /></label>
        {add.error && <p role="alert" className="error">{add.error.message}</p>}
        <button type="submit" disabled={add.isPending}>{t('plan.addUpdate')}</button>
      </form>
      <ul className="rows" data-testid="action-updates">
        {updates.map((u) => (
          <li key={u.id}>
            <strong>{formatDate(u.date)}</strong>
            <span>{u.note}</span>
            {u.hasPhoto && <img className="update-photo" src={`/api/action-updates/${u.id}/photo`} alt={u.note} loading="lazy" />}
            <span className="muted">{u.createdBy}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
