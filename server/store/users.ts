import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from './db';
import { hashPassword } from '../auth/password';

export type Role = 'planner' | 'owner';
export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  stakeholderId: string | null;
}

const SESSION_DAYS = 14;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export async function createUser(
  db: Db,
  input: { email: string; name: string; role: Role; password: string; stakeholderId?: string | null },
): Promise<User> {
  const id = `user-${randomUUID()}`;
  const email = input.email.trim().toLowerCase();
  const hash = await hashPassword(input.password);
  await db.run(
    'INSERT INTO users (id, email, name, role, password_hash, stakeholder_id) VALUES ($id, $email, $name, $role, $hash, $stakeholder)',
    { id, email, name: input.name, role: input.role, hash, stakeholder: input.stakeholderId ?? null },
  );
  return { id, email, name: input.name, role: input.role, stakeholderId: input.stakeholderId ?? null };
}

/** Stores a new hash of a password just verified (the cost has been raised since it was set). */
export async function rehashPassword(db: Db, userId: string, password: string) {
  const hash = await hashPassword(password);
  await db.transaction((tx) => tx.run('UPDATE users SET password_hash = $hash WHERE id = $id', { id: userId, hash }));
}

export async function findUserForLogin(db: Db, email: string) {
  return db.one<User & { passwordHash: string }>(
    `SELECT id, email, name, role, stakeholder_id AS "stakeholderId", password_hash AS "passwordHash"
     FROM users WHERE email = $email AND NOT disabled`,
    { email: email.trim().toLowerCase() },
  );
}

export async function countPlanners(db: Db): Promise<number> {
  return (await db.one<{ n: number }>(
    "SELECT count(*)::INTEGER AS n FROM users WHERE role = 'planner' AND NOT disabled",
  ))!.n;
}

/** A new session: the cookie gets the token, the table only its hash. */
export async function createSession(
  db: Db,
  userId: string,
): Promise<{ token: string; csrfToken: string; maxAgeSeconds: number }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.run(
    `INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at)
     VALUES ($hash, $user, $csrf, current_timestamp + INTERVAL ${SESSION_DAYS} DAY)`,
    { hash: sha256(token), user: userId, csrf: csrfToken },
  );
  return { token, csrfToken, maxAgeSeconds: SESSION_DAYS * 86_400 };
}

export async function sessionUser(db: Db, token: string): Promise<(User & { csrfToken: string }) | undefined> {
  return db.one<User & { csrfToken: string }>(
    `SELECT u.id, u.email, u.name, u.role, u.stakeholder_id AS "stakeholderId", s.csrf_token AS "csrfToken"
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $hash AND s.expires_at > current_timestamp AND NOT u.disabled`,
    { hash: sha256(token) },
  );
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.run('DELETE FROM sessions WHERE token_hash = $hash', { hash: sha256(token) });
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  return db.one<User>(`SELECT id, email, name, role, stakeholder_id AS "stakeholderId" FROM users WHERE id = $id`, {
    id,
  });
}
