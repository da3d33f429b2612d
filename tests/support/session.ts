import { randomBytes } from 'node:crypto';
import type { Core } from '../../src-main/core';
import { hashPassword } from '../../src-main/core/accounts/password';
import type { ApiMethod, ApiResult } from '../../src-shared/handlers';

// Tests, benches and sample scripts act as the office's administrator: the account is written straight into the
// ledger (as auth.setup would) and a session started, so they call the API exactly as a logged-in clerk does.

export const TEST_ADMIN = { username: 'admin', name: '王晓红', password: 'ceshi-mima-2026' } as const;

let adminHash: string | undefined;
const sessions = new WeakMap<Core, string>();

/** Inserts an account (hashing is slow on purpose, so the admin's hash is made once per process). */
export function insertAccount(
  core: Core,
  account: { username: string; name: string; role: 'admin' | 'staff' },
  passwordHash: string,
): number {
  const stamp = new Date().toISOString();
  const result = core.ledger.sqlite
    .prepare(
      `INSERT INTO account (username, name, role, password_hash, active, failed_attempts, created_at, updated_at,
         session_key)
       VALUES (?, ?, ?, ?, 1, 0, ?, ?, ?)`,
    )
    .run(account.username, account.name, account.role, passwordHash, stamp, stamp, randomBytes(16).toString('hex'));
  return Number(result.lastInsertRowid);
}

/** A new session of the account `username` (by its number and key, as auth.login starts one); null if there is none. */
export function startSession(core: Core, username: string): string | null {
  const row = core.ledger.sqlite.prepare('SELECT id, session_key FROM account WHERE username = ?').get(username) as
    { id: number; session_key: string } | undefined;
  return row ? core.sessions.start(row).id : null;
}

/**
 * The administrator's session on this core, creating the account on first use. A restore ends every session: the
 * next call then starts a new one, as the administrator logging in again would.
 */
export function adminSession(core: Core): string {
  const known = sessions.get(core);
  if (known && core.sessions.has(known)) return known;
  let session = startSession(core, TEST_ADMIN.username);
  if (!session) {
    insertAccount(core, { ...TEST_ADMIN, role: 'admin' }, (adminHash ??= hashPassword(TEST_ADMIN.password)));
    session = startSession(core, TEST_ADMIN.username)!;
  }
  sessions.set(core, session);
  return session;
}

export function invokeAsAdmin(core: Core, method: ApiMethod, input: unknown): Promise<ApiResult<ApiMethod>> {
  return core.invoke(method, input, adminSession(core));
}
