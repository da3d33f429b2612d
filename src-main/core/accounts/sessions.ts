import { randomBytes } from 'node:crypto';

// Sessions live in the main process's memory only: restarting the app logs everyone out. A session idle for longer
// than 设置's 锁屏时间 is locked: it keeps its page in the renderer but answers nothing until the password is given again.
// A session names its account by number and by the account's random key (migration 0014): the gate admits it only
// while the ledger has an account with both, so a restored or swapped file cannot hand it to someone else.

export interface Session {
  id: string;
  accountId: number;
  accountKey: string;
  lastActivity: number;
  locked: boolean;
}

/** What a session is started for: the account's number and its key. */
export interface SessionAccount {
  id: number;
  session_key: string;
}

/** True when more than `minutes` have passed since the last activity. */
export function isIdle(lastActivity: number, now: number, minutes: number): boolean {
  return now - lastActivity > minutes * 60_000;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly clock: () => number = Date.now) {}

  start(account: SessionAccount): Session {
    const session = {
      id: randomBytes(24).toString('hex'),
      accountId: account.id,
      accountKey: account.session_key,
      lastActivity: this.clock(),
      locked: false,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The session, locked first if it has been idle longer than `idleMinutes`; undefined for an unknown or ended one. */
  find(id: string | null | undefined, idleMinutes = Number.POSITIVE_INFINITY): Session | undefined {
    const session = id ? this.sessions.get(id) : undefined;
    if (session) this.lockIfIdle(session, idleMinutes);
    return session;
  }

  /** Locks an unlocked session idle longer than `minutes`; true when it did so now (the log records it). */
  lockIfIdle(session: Session, minutes: number): boolean {
    if (session.locked || !isIdle(session.lastActivity, this.clock(), minutes)) return false;
    session.locked = true;
    return true;
  }

  has(id: string | null | undefined): boolean {
    return id ? this.sessions.has(id) : false;
  }

  touch(session: Session): void {
    session.lastActivity = this.clock();
  }

  lock(session: Session): void {
    session.locked = true;
  }

  unlock(session: Session): void {
    session.locked = false;
    this.touch(session);
  }

  end(id: string): void {
    this.sessions.delete(id);
  }

  /** A disabled account or a reset password ends all of that account's sessions. */
  endAllOf(accountId: number, except?: string): void {
    for (const [id, session] of this.sessions)
      if (session.accountId === accountId && id !== except) this.sessions.delete(id);
  }

  /** The ledger they were started on is gone (a restore, the app closing): everyone logs in again. */
  endAll(): void {
    this.sessions.clear();
  }
}
