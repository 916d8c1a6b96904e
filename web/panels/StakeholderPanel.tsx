import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { useInviteOwner } from '../api/owner';
import { useAddContact, useStakeholder, useUpdateStakeholder } from '../api/stakeholders';
import { CONTACT_CHANNELS, ENGAGEMENT_STEPS, type EngagementStep } from '../../server/domain/districts';
import { formatDate, formatPercent } from '../i18n/format';
import { Field, SidePanel } from './SidePanel';
import type { Selection } from '../selection';
import { ErrorText } from '../api/errorText';

type Channel = (typeof CONTACT_CHANNELS)[number];

/** A stakeholder as the planner keeps it: engagement step, contact details, links and the contact log. */
export function StakeholderPanel({
  id,
  onSelect,
  onClose,
}: {
  id: string;
  onSelect: (s: Selection) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { data: s, error } = useStakeholder(id);
  const update = useUpdateStakeholder(id);
  const addContact = useAddContact(id);
  const [date, setDate] = useState(() => new Date().toLocaleDateString('sv-SE'));
  const [channel, setChannel] = useState<Channel>('meeting');
  const [note, setNote] = useState('');
  if (error)
    return (
      <SidePanel kicker={t('stakeholder.heading')} title={id} onClose={onClose}>
        <ErrorText error={error} className="" />
      </SidePanel>
    );
  if (!s)
    return (
      <SidePanel kicker={t('stakeholder.heading')} title="…" onClose={onClose}>
        <p>{t('app.loading')}</p>
      </SidePanel>
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    addContact.mutate({ date, channel, note }, { onSuccess: () => setNote('') });
  };
  return (
    <SidePanel kicker={t(`stakeholderKinds.${s.kind}`)} title={s.name} onClose={onClose}>
      {s.isPrivatePerson ? <p className="badge badge-generated">{t('stakeholder.personalData')}</p> : null}
      <dl>
        {s.orgNumber ? <Field label={t('parcel.orgNumber')}>{s.orgNumber}</Field> : null}
        {s.email ? <Field label={t('auth.email')}>{s.email}</Field> : null}
        {s.phone ? <Field label={t('stakeholder.phone')}>{s.phone}</Field> : null}
        <Field label={t('stakeholder.engagement')}>
          <select
            aria-label={t('stakeholder.engagement')}
            value={s.engagementStep}
            disabled={update.isPending}
            onChange={(e) => update.mutate({ engagementStep: e.target.value as EngagementStep, version: s.version })}
          >
            {ENGAGEMENT_STEPS.map((step) => (
              <option key={step} value={step}>
                {t(`engagement.${step}`)}
              </option>
            ))}
          </select>
        </Field>
      </dl>
      <ErrorText error={update.error} />
      {s.kind === 'property-owner' || s.kind === 'association' ? (
        <InviteOwner stakeholderId={s.id} defaultName={s.name} defaultEmail={s.email ?? ''} />
      ) : null}
      <h3>{t('stakeholder.contactLog')}</h3>
      <form className="save-form" onSubmit={submit}>
        <div className="buttons">
          <input
            type="date"
            aria-label={t('stakeholder.date')}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            required
          />
          <select
            aria-label={t('stakeholder.channel')}
            value={channel}
            onChange={(e) => setChannel(e.target.value as Channel)}
          >
            {CONTACT_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`stakeholder.channels.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <label>
          {t('stakeholder.what')}
          <input value={note} onChange={(e) => setNote(e.target.value)} required maxLength={4000} />
        </label>
        <ErrorText error={addContact.error} />
        <button type="submit" disabled={addContact.isPending}>
          {t('stakeholder.addContact')}
        </button>
      </form>
      <ul className="rows" data-testid="contact-log">
        {s.contacts.map((c) => (
          <li key={c.id}>
            <strong>
              {formatDate(c.date)} · {t(`stakeholder.channels.${c.channel}`)}
            </strong>
            <span>{c.note}</span>
            <span className="muted">{c.createdBy}</span>
          </li>
        ))}
      </ul>
      {s.parcels.length > 0 && (
        <>
          <h3>{t('stakeholder.owns')}</h3>
          <ul className="rows">
            {s.parcels.map((p) => (
              <li key={p.id}>
                <button type="button" className="link" onClick={() => onSelect({ type: 'parcel', id: p.id })}>
                  {p.designation}
                </button>
                <span className="muted">
                  {t('parcel.share')} {t('units.percent', { value: formatPercent(p.share) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {s.premises.length > 0 && (
        <>
          <h3>{t('stakeholder.rents')}</h3>
          <ul className="rows">
            {s.premises.map((p) => (
              <li key={p.id}>
                <button type="button" className="link" onClick={() => onSelect({ type: 'premises', id: p.id })}>
                  {p.name ?? t('premises.unnamed')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </SidePanel>
  );
}

/** A planner invites the owner to "Mina fastigheter": the link is shown once, to send by e-mail. */
function InviteOwner({
  stakeholderId,
  defaultName,
  defaultEmail,
}: {
  stakeholderId: string;
  defaultName: string;
  defaultEmail: string;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(defaultEmail);
  const invite = useInviteOwner(stakeholderId);
  if (invite.data) {
    const url = `${window.location.origin}${invite.data.path}`;
    return (
      <p className="muted" data-testid="invite-link">
        {t('owner.inviteLink', { date: formatDate(invite.data.expiresAt) })} <code>{url}</code>
      </p>
    );
  }
  return (
    <form
      className="two"
      onSubmit={(e) => {
        e.preventDefault();
        invite.mutate({ email, name: defaultName });
      }}
    >
      <input
        type="email"
        aria-label={t('auth.email')}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        required
      />
      <button type="submit" className="secondary" disabled={invite.isPending}>
        {t('owner.invite')}
      </button>
      <ErrorText error={invite.error} />
    </form>
  );
}
