import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { setCsrfToken } from '../api/csrf';
import { LanguageSwitch } from '../panels/LanguageSwitch';

/** An invited property owner chooses a password; the account is created and signed in. */
export function AcceptInvitePage({ token }: { token: string }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const accept = useMutation({
    mutationFn: () => unwrap(api.invites.accept.$post({ json: { token, password } })),
    onSuccess: (result) => { setCsrfToken(result.csrfToken); window.location.assign('/'); },
  });
  const submit = (e: FormEvent) => { e.preventDefault(); accept.mutate(); };
  return (
    <main className="invite-page">
      <form className="panel save-form" onSubmit={submit} aria-labelledby="invite-title">
        <h1 id="invite-title">{t('owner.welcome')}</h1>
        <p>{t('owner.choosePassword')}</p>
        <label>{t('auth.password')}<input type="password" autoComplete="new-password" minLength={10} value={password} onChange={(e) => setPassword(e.target.value)} required /></label>
        {accept.error && <p role="alert" className="error">{accept.error.message}</p>}
        <button type="submit" disabled={accept.isPending}>{t('owner.createAccount')}</button>
        <LanguageSwitch />
      </form>
    </main>
  );
}
