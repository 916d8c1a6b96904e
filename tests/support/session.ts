import type { Hono } from 'hono';
import type { Db } from '../../server/store/db';
import { createUser, type Role } from '../../server/store/users';

export const PLANNER = { email: 'planerare@malmo.example', name: 'Petra Planerare', password: 'rätt-lösenord-123' };

export interface Client {
  get(path: string): Promise<{ status: number; text: string; body: any; headers: Headers }>;
  send(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; text: string; body: any; headers: Headers }>;
}

async function wrap(res: Response) {
  const text = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    /* CSV or empty */
  }
  return { status: res.status, text, body: body as any, headers: res.headers };
}

/** A client that is nobody: no cookie, no CSRF token. */
export function anonymous(app: Hono<any>): Client {
  return {
    get: async (path) => wrap(await app.request(path)),
    send: async (method, path, body) =>
      wrap(
        await app.request(path, {
          method,
          headers: { 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      ),
  };
}

/** Creates an account and signs it in through the real login route; requests carry its cookie and CSRF token. */
export async function signedIn(
  app: Hono<any>,
  db: Db,
  role: Role = 'planner',
  who = PLANNER,
  stakeholderId: string | null = null,
): Promise<Client & { csrfToken: string; cookie: string }> {
  await createUser(db, { ...who, role, stakeholderId });
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: who.email, password: who.password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    csrfToken,
    cookie,
    get: async (path) => wrap(await app.request(path, { headers: { Cookie: cookie } })),
    send: async (method, path, body, headers = {}) =>
      wrap(
        await app.request(path, {
          method,
          headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken, ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      ),
  };
}

/** The usual start of an API test about writes: the seeded app and a signed-in planner. */
export async function seededAppWithPlanner() {
  const { seededApp } = await import('./seededDb');
  const env = await seededApp();
  return { ...env, planner: await signedIn(env.app, env.db) };
}

/** A multipart upload (`file`) as the signed-in client, answered as JSON. */
export async function uploadAs(
  app: Hono<any>,
  who: { cookie: string; csrfToken: string },
  path: string,
  bytes: Uint8Array | string,
) {
  const form = new FormData();
  form.set('file', new File([typeof bytes === 'string' ? bytes : (bytes as Uint8Array<ArrayBuffer>)], 'upload'));
  const res = await app.request(path, {
    method: 'POST',
    body: form,
    headers: { Cookie: who.cookie, 'X-CSRF-Token': who.csrfToken },
  });
  return { status: res.status, body: await res.json() };
}
