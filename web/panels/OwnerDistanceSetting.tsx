import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';

/** How far from their parcels property owners see the district's actions in "Mina fastigheter". */
export function OwnerDistanceSetting() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const current = useQuery({ queryKey: ['settings', 'owner-action-distance'], queryFn: () => unwrap(api.settings['owner-action-distance'].$get()) }).data;
  const [meters, setMeters] = useState('');
  useEffect(() => { if (current) setMeters(String(current.meters)); }, [current]);
  const save = useMutation({
    mutationFn: (m: number) => unwrap(api.settings['owner-action-distance'].$put({ json: { meters: m } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['settings', 'owner-action-distance'] }),
  });
  const submit = (e: FormEvent) => { e.preventDefault(); save.mutate(Number(meters)); };
  return (
    <form className="inline-setting" onSubmit={submit}>
      <label>{t('owner.distanceSetting')}
        <input type="number" min={0} max={5000} step={10} required value={meters} onChange={(e) => setMeters(e.target.value)} /> m
      </label>
      <button type="submit" className="secondary" disabled={save.isPending || String(current?.meters) === meters}>{t('owner.saveDistance')}</button>
      {save.isSuccess && <span role="status" className="muted">{t('owner.saved')}</span>}
      {save.error && <p role="alert" className="error">{save.error.message}</p>}
    </form>
  );
}
