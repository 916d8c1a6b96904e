import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './db';
import { audit } from './audit';
import { hashPassword } from '../auth/password';

const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

/** An invitation for a property owner; the token is returned once and stored only as a hash. */
export async function createInvite(
  db: Db,
  input: { email: string; name: string; stakeholderId: string; days: number },
  userId: string,
) {
  const token = randomBytes(24).toString('base64url');
  const row = await db.transaction(async (tx) => {
    await tx.run(
      `INSERT INTO invites (token_hash, email, name, stakeholder_id, expires_at, created_by)
       VALUES ($hash, $email, $name, $sh, current_timestamp + to_days($days), $user)`,
      {
        hash: sha256(token),
        email: input.email.trim().toLowerCase(),
        name: input.name,
        sh: input.stakeholderId,
        days: input.days,
        user: userId,
      },
    );
    await audit(tx, {
      userId,
      action: 'invite',
      entity: 'stakeholder',
      entityId: input.stakeholderId,
      after: { email: input.email, days: input.days },
    });
    return tx.one<{ expiresAt: string }>(
      `SELECT strftime(expires_at, '%Y-%m-%dT%H:%M:%SZ') AS "expiresAt" FROM invites WHERE token_hash = $hash`,
      { hash: sha256(token) },
    );
  });
  return { token, expiresAt: row!.expiresAt };
}

/**
 * What the invitation page says before anyone signs up: who invites, for which company, which
 * e-mail becomes the login, and whether the link still works. Only the link's holder can ask.
 */
export async function inviteDetails(db: Db, token: string) {
  return db.one<{
    email: string;
    name: string;
    organisation: string;
    invitedBy: string;
    expiresAt: string;
    state: 'open' | 'used' | 'expired';
  }>(
    `SELECT i.email, i.name, s.name AS organisation, coalesce(u.name, 'Områdets planerare') AS "invitedBy",
            strftime(i.expires_at, '%Y-%m-%dT%H:%M:%SZ') AS "expiresAt",
            CASE WHEN i.used_at IS NOT NULL THEN 'used' WHEN i.expires_at <= current_timestamp THEN 'expired' ELSE 'open' END AS state
     FROM invites i JOIN stakeholders s ON s.id = i.stakeholder_id LEFT JOIN users u ON u.id = i.created_by
     WHERE i.token_hash = $hash`,
    { hash: sha256(token) },
  );
}

/**
 * Turns a valid invitation into an owner account, once. Returns why not otherwise:
 * unknown, expired or used tokens, or an e-mail that has an account already.
 */
export async function acceptInvite(
  db: Db,
  token: string,
  password: string,
): Promise<{ error: 'unknown' | 'used' | 'expired' | 'exists' } | { userId: string }> {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const invite = await tx.one<{
      email: string;
      name: string;
      stakeholderId: string;
      expired: boolean;
      used: boolean;
    }>(
      `SELECT email, name, stakeholder_id AS "stakeholderId", expires_at <= current_timestamp AS expired, used_at IS NOT NULL AS used
       FROM invites WHERE token_hash = $hash`,
      { hash: sha256(token) },
    );
    if (!invite) return { error: 'unknown' as const };
    if (invite.used) return { error: 'used' as const };
    if (invite.expired) return { error: 'expired' as const };
    if (await tx.one('SELECT 1 FROM users WHERE email = $email', { email: invite.email }))
      return { error: 'exists' as const };
    const id = `user-${randomBytes(12).toString('hex')}`;
    await tx.run(
      `INSERT INTO users (id, email, name, role, password_hash, stakeholder_id) VALUES ($id, $email, $name, 'owner', $hash, $sh)`,
      { id, email: invite.email, name: invite.name, hash: passwordHash, sh: invite.stakeholderId },
    );
    await tx.run('UPDATE invites SET used_at = current_timestamp WHERE token_hash = $hash', { hash: sha256(token) });
    await audit(tx, {
      userId: id,
      action: 'accept-invite',
      entity: 'user',
      entityId: id,
      after: { email: invite.email, stakeholderId: invite.stakeholderId },
    });
    return { userId: id };
  });
}
