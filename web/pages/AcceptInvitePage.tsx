import '../i18n/workspaceTexts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { useAcceptInvite, useInvite } from '../api/owner';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { ErrorText } from '../api/errorText';
import { formatDate } from '../i18n/format';

/**
 * An invited property owner sees who invites them, for which company and which e-mail becomes
 * the login, then chooses a password; the account is created and signed in.
 */
export function AcceptInvitePage({ token }: { token: string }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const invite = useInvite(token);
  const accept = useAcceptInvite(token);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    accept.mutate(password, { onSuccess: () => window.location.assign('/') });
  };
  const details = invite.data;
  return (
    <main className="invite-page">
      <form className="panel save-form" onSubmit={submit} aria-labelledby="invite-title">
        <h1 id="invite-title">{t('owner.welcome')}</h1>
        {invite.error && <ErrorText error={invite.error} />}
        {details && (
          <p data-testid="invite-from">
            {t('owner.invitedBy', { inviter: details.invitedBy, organisation: details.organisation })}
          </p>
        )}
        {details?.state === 'used' && <p role="alert">{t('owner.inviteUsed', { email: details.email })}</p>}
        {details?.state === 'expired' && (
          <p role="alert">
            {t('owner.inviteExpired', { date: formatDate(details.expiresAt), inviter: details.invitedBy })}
          </p>
        )}
        {details?.state === 'open' && (
          <>
            <p>
              <strong>{t('owner.loginEmail', { email: details.email })}</strong>{' '}
              {t('owner.inviteExpires', { date: formatDate(details.expiresAt) })}
            </p>
            {/* The login's e-mail, for password managers to store with the new password. */}
            <input type="email" autoComplete="username" value={details.email} readOnly hidden />
            <p>{t('owner.choosePassword')}</p>
            <label>
              {t('auth.password')}
              <input
                type="password"
                autoComplete="new-password"
                minLength={10}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
              />
            </label>
            <ErrorText error={accept.error} />
            <button type="submit" disabled={accept.isPending}>
              {t('owner.createAccount')}
            </button>
          </>
        )}
        {details && details.state !== 'open' && <a href="/">{t('owner.toLogin')}</a>}
        <LanguageSwitch />
      </form>
    </main>
  );
}
