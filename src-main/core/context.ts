import type { Kysely } from 'kysely';
import type { AppStatus } from '../../src-shared/backups';
import type { Session, SessionStore } from './accounts/sessions';
import type { Actor } from './audit';
import type { Backups } from './backup/service';
import type { LedgerDatabase } from './db/schema';
import type { KeptFigures } from './home/keptFigures';
import type { ReminderCache } from './reminders/cache';
import type { Uploads } from './uploads';

// What an implementation is given, by the way its method runs (src-shared/api/declare.ts).

/** A `write` call: one transaction, as the logged-in user. */
export interface HandlerContext {
  /** The transaction this call runs in. */
  db: Kysely<LedgerDatabase>;
  /** The clerk's calendar day, YYYY-MM-DD. */
  today: string;
  /** The data folder: generated documents are kept under its 文书 folder. */
  dataDir: string;
  /** The logged-in user: 登记人 of new records, and the 修改记录 entry's author. */
  actor: Actor;
  /**
   * Ends every open session of an account but the caller's own: after an administrator resets its password, changes
   * its role or stops it, whoever is still logged in with it logs in again. Ending one too many (the call then fails
   * and rolls back) only asks someone to log in again; keeping one could leave a stolen password working.
   */
  endSessionsOf: (accountId: number) => void;
  /** Files the clerk chose to bring in, held between calls (uploads.ts). */
  uploads: Uploads;
}

/**
 * A `read` call also gets what is kept between calls. Only calls that write nothing may keep figures: figures read
 * after a write that then rolled back would be kept under a count the next write reaches again.
 */
export interface ReadContext extends HandlerContext {
  /** The open ledger's reminders (src-main/core/reminders/cache.ts). */
  reminderCache: ReminderCache;
  /** 首页's counts and charts, kept until a book's table is written (src-main/core/home/keptFigures.ts). */
  keptFigures: KeptFigures;
}

/** An `auth` call: before a user is known, in one transaction. */
export interface AuthContext {
  db: Kysely<LedgerDatabase>;
  sessions: SessionStore;
  /** The caller's session, locked or not; undefined before login. */
  session: Session | undefined;
  /** The session's account, as the gate admitted it; null for the methods open before login. */
  actor: Actor | null;
  idleLockMinutes: number;
  now: Date;
  /** Tells the transport which session to send from now on: a new one (setup, login), or none (logout). */
  handOver(sessionId: string | null): void;
}

/** What file calls share: the backups and the state of the database file. */
export interface FileParts {
  backups: Backups;
  /** The database, or the recovery screen's reason there is none. */
  appStatus(): AppStatus;
  /** Takes the ledger found damaged out of use: the recovery screen follows (src-shared/api/backups.ts). */
  enterRecovery(): Promise<AppStatus>;
}

/** A `file` call works on the database file itself, outside any transaction. */
export interface FileContext extends FileParts {
  /** The administrator calling; null on the recovery screen, where there are no accounts to log in with. */
  actor: Actor | null;
}

/** The context of each run mode (indexed by the declared mode, so a mode without one does not compile). */
export interface ContextOf {
  read: ReadContext;
  write: HandlerContext;
  auth: AuthContext;
  file: FileContext;
}
