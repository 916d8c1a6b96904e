import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { useMe, useSignIn, useSignOut } from '../api/auth';
import { ErrorText } from '../api/errorText';

/** Sign in and out, in the header: planners need it to draw and to see the stakeholder register. */
export function SignIn() {
  const { t } = useTranslation();
  const me = useMe().data?.user ?? null;
  const signIn = useSignIn();
  const signOut = useSignOut();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (me) {
    return (
      <div className="sign-in">
        <span className="muted" data-testid="signed-in-as">
          {t('auth.signedInAs', { name: me.name })}
        </span>
        <button type="button" className="link" onClick={() => signOut.mutate()}>
          {t('auth.signOut')}
        </button>
      </div>
    );
  }
  if (!open)
    return (
      <div className="sign-in">
        <button type="button" className="link" onClick={() => setOpen(true)}>
          {t('auth.signIn')}
        </button>
      </div>
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate(
      { email, password },
      {
        onSuccess: () => {
          setPassword('');
          setOpen(false);
        },
      },
    );
  };
  return (
    <form className="sign-in-form" onSubmit={submit}>
      <label>
        {t('auth.email')}
        <input type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <label>
        {t('auth.password')}
        <input
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      <ErrorText error={signIn.error} />
      <div className="buttons">
        <button type="submit" disabled={signIn.isPending}>
          {t('auth.signIn')}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
