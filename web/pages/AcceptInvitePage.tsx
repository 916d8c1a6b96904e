import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAcceptInvite } from '../api/owner';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { ErrorText } from '../api/errorText';

/** An invited property owner chooses a password; the account is created and signed in. */
export function AcceptInvitePage({ token }: { token: string }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const accept = useAcceptInvite(token);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    accept.mutate(password, { onSuccess: () => window.location.assign('/') });
  };
  return (
    <main className="invite-page">
      <form className="panel save-form" onSubmit={submit} aria-labelledby="invite-title">
        <h1 id="invite-title">{t('owner.welcome')}</h1>
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
        <LanguageSwitch />
      </form>
    </main>
  );
}
