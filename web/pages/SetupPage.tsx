import '../i18n/workspaceTexts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { useFirstPlanner } from '../api/auth';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { ErrorText } from '../api/errorText';

/** The first run: whoever has the server's one-time link creates the first planner account. */
export function SetupPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const [account, setAccount] = useState({ name: '', email: '', password: '' });
  const create = useFirstPlanner(token);
  const field = (key: keyof typeof account) => ({
    value: account[key],
    onChange: (e: { target: { value: string } }) => setAccount((a) => ({ ...a, [key]: e.target.value })),
    required: true,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The link is spent: go to the map without it in the history.
    create.mutate(account, { onSuccess: () => window.location.replace('/') });
  };
  return (
    <main className="invite-page">
      <form className="panel save-form" onSubmit={submit} aria-labelledby="setup-title">
        <h1 id="setup-title">{t('setup.title')}</h1>
        <p>{t('setup.intro')}</p>
        <label>
          {t('setup.name')}
          <input autoComplete="name" {...field('name')} />
        </label>
        <label>
          {t('auth.email')}
          <input type="email" autoComplete="email" {...field('email')} />
        </label>
        <label>
          {t('auth.password')}
          <input type="password" autoComplete="new-password" minLength={10} {...field('password')} />
        </label>
        <p className="muted small">{t('setup.passwordHint')}</p>
        <ErrorText error={create.error} />
        <button type="submit" disabled={create.isPending}>
          {t('setup.create')}
        </button>
        <LanguageSwitch />
      </form>
    </main>
  );
}
