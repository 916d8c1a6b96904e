import { createApp } from '../../server/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scryptSync, randomBytes } from 'node:crypto';
import { createUser } from '../../server/store/users';
import { PLANNER, anonymous, seededAppWithPlanner, signedIn } from '../support/session';

let ctx: Awaited<ReturnType<typeof seededAppWithPlanner>>;
beforeAll(async () => {
  ctx = await seededAppWithPlanner();
});
afterAll(() => ctx.cleanup());

/** A hash in the stored format, made here so the test does not lean on the code it checks. */
function hashAtCost(password: string, N: number) {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize('NFKC'), salt, 64, { N, r: 8, p: 1, maxmem: 256 * 8 * N });
  return ['scrypt', N, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

const login = (email: string, password: string) =>
  anonymous(ctx.app).send('POST', '/api/auth/login', { email, password });

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and tells who is signed in', async () => {
    const res = await ctx.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: PLANNER.email, password: PLANNER.password }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await ctx.planner.get('/api/auth/me');
    expect(me.body.user).toMatchObject({ email: PLANNER.email, role: 'planner' });
    expect(me.body.user.passwordHash).toBeUndefined();
  });

  it('refuses a wrong password with 401 and, after five failures, waits with 429', async () => {
    const email = 'someone-else@malmo.example';
    for (let i = 0; i < 5; i++) expect((await login(email, 'wrong-password')).status).toBe(401);
    const blocked = await login(email, 'wrong-password');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('counts guesses as they start: of forty sent at once, five are checked', async () => {
    const email = 'parallel-guesses@malmo.example';
    const answers = await Promise.all(Array.from({ length: 40 }, () => login(email, 'wrong-password')));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
  });

  it('re-hashes a password made at a lower cost at sign-in, at OWASP’s scrypt cost (N = 2^17)', async () => {
    const who = { email: 'gammal-hash@malmo.example', name: 'Gammal Hash', password: 'ett-gammalt-lösenord' };
    await createUser(ctx.db, { ...who, role: 'planner' });
    const storedHash = async () =>
      (await ctx.db.one<{ h: string }>('SELECT password_hash AS h FROM users WHERE email = $e', { e: who.email }))!.h;
    // Written as the previous release did (N = 2^14).
    const oldHash = hashAtCost(who.password, 2 ** 14);
    await ctx.db.run('UPDATE users SET password_hash = $h WHERE email = $e', { h: oldHash, e: who.email });

    const testCost = process.env.PLATSATLAS_PASSWORD_COST;
    delete process.env.PLATSATLAS_PASSWORD_COST; // the server's own setting, as in production
    try {
      expect((await login(who.email, who.password)).status).toBe(200);
    } finally {
      process.env.PLATSATLAS_PASSWORD_COST = testCost;
    }
    expect(await storedHash()).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect((await login(who.email, who.password)).status).toBe(200);
    expect((await login(who.email, 'fel-lösenord')).status).toBe(401);
  });

  it('marks the cookie Secure behind a trusted TLS proxy, and only then', async () => {
    const signIn = (app: typeof ctx.app) =>
      app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'https' },
        body: JSON.stringify({ email: PLANNER.email, password: PLANNER.password }),
      });
    const behindProxy = createApp({ db: ctx.db, trustProxy: true }).app;
    expect((await signIn(behindProxy)).headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    // Without PLATSATLAS_TRUST_PROXY the header is anyone's to send: it changes nothing.
    expect((await signIn(ctx.app)).headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  });

  it("refuses a write without the session's CSRF token", async () => {
    const res = await ctx.app.request('/api/stakeholders', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: ctx.planner.cookie },
      body: JSON.stringify({ kind: 'business', name: 'Utan token AB' }),
    });
    expect(res.status).toBe(403);
    const list = await ctx.planner.get('/api/stakeholders?q=Utan%20token');
    expect(list.body.stakeholders).toEqual([]);
  });

  it('ends the session on logout', async () => {
    const other = await signedIn(ctx.app, ctx.db, 'planner', {
      email: 'tillfallig@malmo.example',
      name: 'Tillfällig',
      password: 'ett-långt-lösenord',
    });
    expect((await other.send('POST', '/api/auth/logout')).status).toBe(200);
    expect((await other.get('/api/auth/me')).body.user).toBeNull();
    expect((await other.get('/api/stakeholders')).status).toBe(401);
  });

  it('sends security headers', async () => {
    const res = await ctx.app.request('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
