import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';

/**
 * Passwords hashed with scrypt (memory-hard, salted), stored as `scrypt$N$r$p$salt$hash`: each
 * hash names its own cost, so old hashes still verify and are re-hashed at the next sign-in.
 *
 * The cost is OWASP's (N = 2^17, r = 8, p = 1: 128 MiB and ~0.4 s per hash on a 2-core server;
 * libuv's four threads bound a login storm to 512 MiB). `PLATSATLAS_PASSWORD_COST=low` is for
 * the test suite only, which signs in hundreds of times (like Devise's stretches in tests).
 */
const OWASP_COST = { N: 2 ** 17, r: 8, p: 1 };
const TEST_COST = { N: 2 ** 10, r: 8, p: 1 };
const KEY_LENGTH = 64;

type Cost = typeof OWASP_COST;

export function passwordCost(): Cost {
  return process.env.PLATSATLAS_PASSWORD_COST === 'low' ? TEST_COST : OWASP_COST;
}

function scrypt(password: string, salt: Buffer, { N, r, p }: Cost): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFKC'), salt, KEY_LENGTH, { N, r, p, maxmem: 256 * r * N }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const cost = passwordCost();
  const key = await scrypt(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

function parseHash(stored: string) {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return undefined;
  const cost = { N: Number(N), r: Number(r), p: Number(p) };
  // A hash asking for more than twice today's cost is not ours; refuse it rather than spend the memory.
  if (![cost.N, cost.r, cost.p].every(Number.isSafeInteger) || cost.N * cost.r > 2 * OWASP_COST.N * OWASP_COST.r) {
    return undefined;
  }
  return { cost, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const actual = await scrypt(password, parsed.salt, parsed.cost);
  return actual.length === parsed.hash.length && timingSafeEqual(actual, parsed.hash);
}

/** True when the hash was made at another cost than today's: re-hash it once the password is known. */
export function needsRehash(stored: string): boolean {
  const parsed = parseHash(stored);
  const cost = passwordCost();
  return !parsed || parsed.cost.N !== cost.N || parsed.cost.r !== cost.r || parsed.cost.p !== cost.p;
}

let dummyHash: Promise<string> | undefined;
/** A hash of a random string nobody knows, at today's cost: verified for unknown e-mails so timing reveals nothing. */
export function unknownUserHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('base64'));
  return dummyHash;
}

/** Passwords of at least 10 characters; length beats composition rules. */
export const MIN_PASSWORD_LENGTH = 10;
