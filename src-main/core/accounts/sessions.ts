import { randomBytes } from 'node:crypto';

// Sessions live in the main process's memory only: restarting the app logs everyone out. A session idle for longer
// than 设置's 锁屏时间 is locked: it keeps its page in the renderer but answers nothing until the password is given again.

export interface Session {
  id: string;
  accountId: number;
  lastActivity: number;
  locked: boolean;
}

/** True when more than `minutes` have passed since the last activity. */
export function isIdle(lastActivity: number, now: number, minutes: number): boolean {
  return now - lastActivity > minutes * 60_000;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly clock: () => number = Date.now) {}

  start(accountId: number): Session {
    const session = { id: randomBytes(24).toString('hex'), accountId, lastActivity: this.clock(), locked: false };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The session, locked first if it has been idle too long; undefined for an unknown or ended one. */
  find(id: string | null | undefined, idleMinutes: number): Session | undefined {
    const session = id ? this.sessions.get(id) : undefined;
    if (session && !session.locked && isIdle(session.lastActivity, this.clock(), idleMinutes)) session.locked = true;
    return session;
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
}
