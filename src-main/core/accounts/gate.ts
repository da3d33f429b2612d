import type { Kysely } from 'kysely';
import type { ApiError } from '../../../src-shared/errors';
import type { ApiMethod } from '../../../src-shared/handlers';
import { LOCKED_METHODS, mayCall, PUBLIC_METHODS } from '../../../src-shared/permissions';
import type { Actor } from '../audit';
import type { LedgerDatabase } from '../db/schema';
import { sessionAccount } from './accounts';
import type { Session, SessionStore } from './sessions';

// Before any handler runs: is someone logged in, is the screen unlocked, is the account the one that logged in (its
// number and its key, accounts.ts sessionAccount) and still enabled, and may its role call this method? The answer is
// the acting user, or a refusal in Chinese.

export type Admission = { actor: Actor | null } | { error: ApiError };

export async function admit(
  db: Kysely<LedgerDatabase>,
  sessions: SessionStore,
  method: ApiMethod,
  session: Session | undefined,
): Promise<Admission> {
  if (PUBLIC_METHODS.has(method)) {
    // auth.status is the renderer's keep-alive while the clerk types without saving.
    if (session && !session.locked) sessions.touch(session);
    return { actor: null };
  }
  if (!session) return { error: { message: '请先登录', auth: 'login' } };
  if (session.locked && !LOCKED_METHODS.has(method)) {
    return { error: { message: '屏幕已锁定，请输入密码解锁', auth: 'locked' } };
  }
  const account = await sessionAccount(db, session);
  if (!account) {
    // The ledger was swapped for one where this number is not the account that logged in (or is no account at all).
    sessions.end(session.id);
    return { error: { message: '请重新登录', auth: 'login' } };
  }
  if (account.active !== 1) {
    sessions.end(session.id);
    return { error: { message: '该账号已停用，请联系管理员', auth: 'login' } };
  }
  if (!mayCall(account.role, method)) return { error: { message: '只有管理员可以进行此操作' } };
  if (!session.locked) sessions.touch(session);
  return { actor: { id: account.id, name: account.name, role: account.role } };
}
