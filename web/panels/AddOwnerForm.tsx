import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { useAddOwner } from '../api/stakeholders';
import { ErrorText } from '../api/errorText';

type OwnerKind = 'property-owner' | 'association' | 'municipality-department';

/** A planner registers a new owner of the parcel: a company (with Luhn-checked org. no.) or a private person. */
export function AddOwnerForm({ parcelId }: { parcelId: string }) {
  const { t } = useTranslation();
  const add = useAddOwner(parcelId);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OwnerKind>('property-owner');
  const [orgNumber, setOrgNumber] = useState('');
  const [isPrivatePerson, setPrivate] = useState(false);
  const [sharePercent, setShare] = useState('100');
  if (!open)
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t('parcel.addOwner')}
      </button>
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const share = Number(sharePercent.replace(',', '.')) / 100;
    add.mutate(
      { name, kind, orgNumber: isPrivatePerson ? undefined : orgNumber, isPrivatePerson, share },
      {
        onSuccess: () => {
          setOpen(false);
          setName('');
          setOrgNumber('');
        },
      },
    );
  };
  return (
    <form className="save-form" onSubmit={submit} aria-label={t('parcel.addOwner')}>
      <label>
        {t('draw.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </label>
      <label>
        {t('draw.type')}
        <select value={kind} onChange={(e) => setKind(e.target.value as OwnerKind)}>
          {(['property-owner', 'association', 'municipality-department'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`stakeholderKinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="layer-row">
        <input type="checkbox" checked={isPrivatePerson} onChange={(e) => setPrivate(e.target.checked)} />
        {t('parcel.privatePerson')}
      </label>
      {!isPrivatePerson && (
        <label>
          {t('parcel.orgNumber')}
          <input value={orgNumber} onChange={(e) => setOrgNumber(e.target.value)} placeholder="556016-0680" />
        </label>
      )}
      <label>
        {t('parcel.sharePercent')}
        <input value={sharePercent} onChange={(e) => setShare(e.target.value)} inputMode="decimal" required />
      </label>
      <ErrorText error={add.error} />
      <div className="buttons">
        <button type="submit" disabled={add.isPending}>
          {t('parcel.addOwner')}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
