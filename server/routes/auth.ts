import { Hono, type Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { Db } from '../store/db';
import { createSession, deleteSession, findUserForLogin, rehashPassword } from '../store/users';
import { needsRehash, unknownUserHash, verifyPassword } from '../auth/password';
import { LoginRateLimit } from '../auth/loginRateLimit';
import { SESSION_COOKIE } from '../auth/session';
import type { AppEnv } from '../http/env';
import { validate } from '../http/validate';
import { ApiError } from '../http/errors';

const credentials = z.object({
  email: z.string().trim().min(3, 'Ange din e-postadress').max(200),
  password: z.string().min(1, 'Ange ditt lösenord').max(200),
});

function clientAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

/** Opens a session for the user and sets its cookie; returns the CSRF token for the client. */
export async function startSession(c: Context<AppEnv>, db: Db, userId: string): Promise<string> {
  const session = await createSession(db, userId);
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    maxAge: session.maxAgeSeconds,
    secure: c.get('https'),
  });
  return session.csrfToken;
}

export function authRoutes(db: Db, limiter = new LoginRateLimit()) {
  return new Hono<AppEnv>()
    .post('/login', validate('json', credentials), async (c) => {
      const { email, password } = c.req.valid('json');
      const key = `${clientAddress(c)}|${email.toLowerCase()}`;
      const wait = limiter.retryAfter(key);
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        throw new ApiError(
          429,
          'too_many_attempts',
          `För många misslyckade inloggningar. Försök igen om ${Math.ceil(wait / 60)} minuter. (Too many failed sign-ins.)`,
        );
      }
      limiter.attempt(key);
      const user = await findUserForLogin(db, email);
      // Verify against a dummy hash when the user is unknown, so timing does not reveal accounts.
      const ok = await verifyPassword(password, user?.passwordHash ?? (await unknownUserHash()));
      if (!user || !ok) {
        throw new ApiError(401, 'bad_credentials', 'Fel e-postadress eller lösenord. (Wrong e-mail or password.)');
      }
      limiter.succeed(key);
      if (needsRehash(user.passwordHash)) await rehashPassword(db, user.id, password);
      const csrfToken = await startSession(c, db, user.id);
      const { passwordHash: _hash, ...publicUser } = user;
      return c.json({ user: publicUser, csrfToken });
    })
    .post('/logout', async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await deleteSession(db, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true as const });
    })
    .get('/me', (c) => {
      const user = c.get('user');
      if (!user) return c.json({ user: null, csrfToken: null });
      const { csrfToken, ...rest } = user;
      return c.json({ user: rest, csrfToken });
    });
}
