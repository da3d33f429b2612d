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
      `INSERT INTO account (username, name, role, password_hash, active, failed_attempts, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, 0, ?, ?)`,
    )
    .run(account.username, account.name, account.role, passwordHash, stamp, stamp);
  return Number(result.lastInsertRowid);
}

/** The administrator's session on this core, creating the account on first use. */
export function adminSession(core: Core): string {
  const known = sessions.get(core);
  if (known) return known;
  const row = core.ledger.sqlite.prepare('SELECT id FROM account WHERE username = ?').get(TEST_ADMIN.username) as
    { id: number } | undefined;
  const id =
    row?.id ?? insertAccount(core, { ...TEST_ADMIN, role: 'admin' }, (adminHash ??= hashPassword(TEST_ADMIN.password)));
  const session = core.sessions.start(id).id;
  sessions.set(core, session);
  return session;
}

export function invokeAsAdmin(core: Core, method: ApiMethod, input: unknown): Promise<ApiResult<ApiMethod>> {
  return core.invoke(method, input, adminSession(core));
}
