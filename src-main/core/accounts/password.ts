import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// Passwords are kept as `scrypt$N$r$p$salt$hash` (base64): the parameters travel with the hash so they can be raised
// later without breaking old accounts. Cost N=2^15 takes tens of milliseconds: cheap for one login, dear for a guesser.

const KEY_LENGTH = 64;
const SALT_BYTES = 16;
const DEFAULT_COST = { N: 2 ** 15, r: 8, p: 1 };
// scrypt needs 128·N·r bytes; leave headroom above Node's 32 MB default.
const MAX_MEMORY = 256 * 1024 * 1024;

export function hashPassword(password: string, cost = DEFAULT_COST): string {
  const salt = randomBytes(SALT_BYTES);
  const hash = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { ...cost, maxmem: MAX_MEMORY });
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAX_MEMORY,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
