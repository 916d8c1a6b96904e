import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { FirstRunSetup } from '../../server/auth/firstRunSetup';
import { seededDb, expectErrorShape } from '../support/seededDb';

let env: Awaited<ReturnType<typeof seededDb>>;
let app: ReturnType<typeof createApp>['app'];
let link: string;
beforeAll(async () => {
  env = await seededDb();
  const setup = new FirstRunSetup();
  app = createApp({ db: env.db, setup }).app;
  link = (await setup.openPath(env.db))!;
});
afterAll(() => env.cleanup());

const post = (body: unknown) =>
  app.request('/api/setup', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
const token = () => link.split('/').pop()!;
const ANNA = { name: 'Anna Planerare', email: 'Anna@Kommun.example', password: 'ett-långt-lösenord' };

describe('the first planner, made in the browser through the one-time link', () => {
  it('opens the page with the right token only', async () => {
    expect(link).toMatch(/^\/setup\/[\w-]{32}$/);
    const page = await app.request(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toContain('text/html');
    const wrong = await app.request('/setup/not-the-token');
    expect(wrong.status).toBe(404);
    expectErrorShape(await wrong.json());
  });

  it('refuses a wrong token or a short password and creates nothing', async () => {
    expect((await post({ ...ANNA, token: 'not-the-token' })).status).toBe(404);
    const short = await post({ ...ANNA, token: token(), password: 'kort' });
    expect(short.status).toBe(400);
    expect(JSON.stringify(await short.json())).toContain('minst 10 tecken');
    expect((await app.request(link)).status).toBe(200);
  });

  it('creates one planner of two at once, signs them in, and the link dies', async () => {
    const [a, b] = await Promise.all([
      post({ ...ANNA, token: token() }),
      post({ ...ANNA, email: 'bertil@kommun.example', token: token() }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 404]);
    const created = a.status === 201 ? a : b;
    const cookie = created.headers.get('set-cookie')!.split(';')[0];
    const me = await (await app.request('/api/auth/me', { headers: { Cookie: cookie } })).json();
    expect(me.user.role).toBe('planner');
    const planners = await env.db.all<{ email: string }>("SELECT email FROM users WHERE role = 'planner'");
    expect(planners).toHaveLength(1);

    expect((await app.request(link)).status).toBe(404);
    expect((await post({ ...ANNA, email: 'cecilia@kommun.example', token: token() })).status).toBe(404);
  });
});
