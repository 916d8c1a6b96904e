import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { useOwnerActionDistance, useSaveOwnerActionDistance } from '../api/owner';
import { ErrorText } from '../api/errorText';

/** How far from their parcels property owners see the district's actions in "Mina fastigheter". */
export function OwnerDistanceSetting() {
  const { t } = useTranslation();
  const current = useOwnerActionDistance().data;
  const [meters, setMeters] = useState('');
  const [version, setVersion] = useState<number>();
  useEffect(() => {
    if (current) {
      setMeters(String(current.meters));
      setVersion(current.version);
    }
  }, [current]);
  const save = useSaveOwnerActionDistance();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ meters: Number(meters), version });
  };
  return (
    <form className="inline-setting" onSubmit={submit}>
      <label>
        {t('owner.distanceSetting')}
        <input
          type="number"
          min={0}
          max={5000}
          step={10}
          required
          value={meters}
          onChange={(e) => setMeters(e.target.value)}
        />{' '}
        m
      </label>
      <button type="submit" className="secondary" disabled={save.isPending || String(current?.meters) === meters}>
        {t('owner.saveDistance')}
      </button>
      {save.isSuccess && (
        <span role="status" className="muted">
          {t('owner.saved')}
        </span>
      )}
      <ErrorText error={save.error} />
    </form>
  );
}
