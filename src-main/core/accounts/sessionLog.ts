import type { Kysely } from 'kysely';
import type { AuditAction } from '../../../src-shared/accounts';
import { appendAudit, NOBODY_LOGGED_IN, type AuditAuthor } from '../audit';
import type { LedgerDatabase } from '../db/schema';
import { sessionAccount } from './accounts';
import type { Session } from './sessions';

// Who came and went, in the 操作日志: logins and the names tried in vain, locks, unlocks, logouts. Each entry is written
// in the transaction of the call it describes; a refused password's entry commits with its failure count (the login
// path answers a CommittedRefusal and keeps its writes). Never the password itself.

type Db = Kysely<LedgerDatabase>;

type SessionAction = Extract<AuditAction, 'login' | 'lock' | 'unlock' | 'unlockFailed' | 'logout'>;

export function logSessionEvent(db: Db, who: AuditAuthor, action: SessionAction, summary = ''): Promise<void> {
  return appendAudit(db, who, { action, summary });
}

/** A login refused: nobody is logged in, so the entry names no account, only the user name tried and why. */
export function logFailedLogin(db: Db, username: string, reason: string): Promise<void> {
  return appendAudit(
    db,
    { id: null, name: NOBODY_LOGGED_IN },
    { action: 'loginFailed', summary: `用户名“${username}”：${reason}` },
  );
}

export function idleLockSummary(minutes: number): string {
  return `无操作超过 ${minutes} 分钟，自动锁屏`;
}

/** The core found a session idle past 设置's minutes and locked it (the window had not locked itself first). */
export async function logIdleLock(db: Db, session: Session, minutes: number): Promise<void> {
  const account = await sessionAccount(db, session);
  if (account) await logSessionEvent(db, account, 'lock', idleLockSummary(minutes));
}
