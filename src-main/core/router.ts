import type { Kysely } from 'kysely';
import {
  apiMethods,
  isApiMethod,
  type ApiMethod,
  type ApiResult,
  type MethodsRunAs,
  type RunMode,
} from '../../src-shared/api';
import { describeIssues } from '../../src-shared/errors';
import { todayIso } from '../../src-shared/dates';
import { admit, type Admission } from './accounts/gate';
import { Uploads } from './uploads';
import { SessionStore, type Session } from './accounts/sessions';
import { implementations } from './api';
import { appendAudit, backupAuditFact, type Actor } from './audit';
import { logIdleLock } from './accounts/sessionLog';
import type { AuthContext, ContextOf, FileParts, HandlerContext } from './context';
import type { LedgerDatabase } from './db/schema';
import { apiErrorOf, CommittedRefusal, UserError } from './errors';
import { describeFileError } from './fileErrors';
import { keptFiguresFor } from './home/keptFigures';
import { reminderCacheFor } from './reminders/cache';
import type { Serial } from './serial';
import { readIdleLockMinutes } from './settings';

/** `session` is the id the transport holds for this window or tab (from auth.login), or nothing before login. */
export type Invoke = (method: string, input: unknown, session?: string | null) => Promise<ApiResult<ApiMethod>>;

export interface RouterOptions {
  /** The data folder (generated documents go under it); defaults to the database file's folder. */
  dataDir?: string;
  /** Where internal errors go; the clerk sees a short Chinese sentence instead. */
  log?: (error: unknown, method: string) => void;
  today?: () => string;
  /** The logged-in sessions; one per process unless a test brings its own (with its own clock). */
  sessions?: SessionStore;
  now?: () => Date;
}

/** An implementation as the router calls it: the input's type was the schema's business. */
type Runnable<R extends RunMode> = (ctx: ContextOf[R], input: unknown) => Promise<unknown>;

/** The implementation of `method`, whose input has already passed that method's schema. */
function implementationOf<R extends RunMode>(method: MethodsRunAs<R>): Runnable<R> {
  return implementations[method] as unknown as Runnable<R>;
}

function runsAs<R extends RunMode>(method: ApiMethod, mode: R): method is MethodsRunAs<R> {
  return apiMethods[method].run === mode;
}

export interface RouterParts {
  /** The connection of the moment: a restore replaces it while the app runs. */
  db: () => Kysely<LedgerDatabase>;
  /** False while the recovery screen is shown: there is no database, so there are no accounts either. */
  hasLedger: () => boolean;
  /** What backups and recovery work on. */
  files: FileParts;
  /** A reason to refuse `method` now (the recovery screen allows only recovery), or null. */
  refuse?: (method: ApiMethod) => string | null;
  /** Shared with the scheduled backups, so a restore never swaps the database under a call in progress. */
  serial: Serial;
}

/**
 * The single entry to the core: validate with the method's schema, admit the caller (logged in, unlocked, allowed),
 * then run its implementation as its declaration says (src-shared/api/declare.ts).
 */
export function createRouter(parts: RouterParts, options: RouterOptions = {}): Invoke {
  const log = options.log ?? ((error, method) => console.error(`[${method}]`, error));
  const today = options.today ?? (() => todayIso());
  const now = options.now ?? (() => new Date());
  const sessions = options.sessions ?? new SessionStore();
  const uploads = new Uploads();

  const admitCaller = async (db: Kysely<LedgerDatabase>, method: ApiMethod, sessionId: string | null | undefined) => {
    const idleLockMinutes = await readIdleLockMinutes(db);
    const session = sessions.find(sessionId);
    // Found idle before the window locked itself (a sleeping laptop, a closed tab): locked now, and logged.
    if (session && sessions.lockIfIdle(session, idleLockMinutes)) await logIdleLock(db, session, idleLockMinutes);
    const admission: Admission = await admit(db, sessions, method, session);
    return { admission, session, idleLockMinutes };
  };

  const runFile = async (
    method: MethodsRunAs<'file'>,
    input: unknown,
    sessionId: string | null | undefined,
  ): Promise<ApiResult<ApiMethod>> => {
    // On the recovery screen the launch token (or the desktop window) is the only key there can be.
    let actor: Actor | null = null;
    if (parts.hasLedger()) {
      const { admission } = await parts
        .db()
        .transaction()
        .execute((trx) => admitCaller(trx, method, sessionId));
      if ('error' in admission) return { ok: false, error: admission.error };
      actor = admission.actor;
    }
    const value = await implementationOf<'file'>(method)({ ...parts.files, actor }, input);
    const fact = backupAuditFact(method, value);
    if (actor && fact && parts.hasLedger())
      await parts
        .db()
        .transaction()
        .execute((trx) => appendAudit(trx, actor, fact));
    // A restore ends every session (index.ts): the caller's transport forgets its own, as after 退出登录.
    const ended = Boolean(sessionId) && !sessions.has(sessionId);
    return { ok: true, value, ...(ended ? { session: null } : {}) } as ApiResult<ApiMethod>;
  };

  /** The login path: the session it hands over goes back to the transport; a CommittedRefusal keeps its writes. */
  const runAuth = async (
    method: MethodsRunAs<'auth'>,
    trx: Kysely<LedgerDatabase>,
    session: Session | undefined,
    actor: Actor | null,
    idleLockMinutes: number,
    input: unknown,
  ): Promise<ApiResult<ApiMethod>> => {
    let handedOver: string | null | undefined;
    const ctx: AuthContext = {
      db: trx,
      sessions,
      session,
      actor,
      idleLockMinutes,
      now: now(),
      handOver: (sessionId) => {
        handedOver = sessionId;
      },
    };
    try {
      const value = await implementationOf<'auth'>(method)(ctx, input);
      return { ok: true, value, ...(handedOver !== undefined ? { session: handedOver } : {}) } as ApiResult<ApiMethod>;
    } catch (error) {
      // Answered rather than thrown out of the transaction, so it commits: a wrong password's count is the lockout.
      if (error instanceof CommittedRefusal) return { ok: false, error: apiErrorOf(error) };
      throw error;
    }
  };

  const run = (
    method: Exclude<ApiMethod, MethodsRunAs<'file'>>,
    input: unknown,
    sessionId: string | null | undefined,
  ): Promise<ApiResult<ApiMethod>> =>
    parts
      .db()
      .transaction()
      .execute(async (trx): Promise<ApiResult<ApiMethod>> => {
        const { admission, session, idleLockMinutes } = await admitCaller(trx, method, sessionId);
        if ('error' in admission) return { ok: false, error: admission.error };
        if (runsAs(method, 'auth')) return runAuth(method, trx, session, admission.actor, idleLockMinutes, input);
        const ctx: HandlerContext = {
          db: trx,
          today: today(),
          dataDir: options.dataDir ?? '.',
          actor: admission.actor!,
          endSessionsOf: (accountId) => sessions.endAllOf(accountId, session?.id),
          uploads,
        };
        const value = runsAs(method, 'read')
          ? await implementationOf<'read'>(method)(
              { ...ctx, reminderCache: reminderCacheFor(parts.db()), keptFigures: keptFiguresFor(parts.db()) },
              input,
            )
          : await implementationOf<'write'>(method)(ctx, input);
        return { ok: true, value } as ApiResult<ApiMethod>;
      });

  const call = async (
    method: string,
    input: unknown,
    sessionId: string | null | undefined,
  ): Promise<ApiResult<ApiMethod>> => {
    if (!isApiMethod(method)) return { ok: false, error: { message: `没有这个功能：${String(method).slice(0, 40)}` } };
    const refusal = parts.refuse?.(method);
    if (refusal) return { ok: false, error: { message: refusal } };
    const parsed = apiMethods[method].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
    try {
      return runsAs(method, 'file')
        ? await runFile(method, parsed.data, sessionId)
        : await run(method, parsed.data, sessionId);
    } catch (error) {
      if (error instanceof UserError) return { ok: false, error: apiErrorOf(error) };
      log(error, method);
      // A full disk or a read-only data folder is the clerk's to fix: say which, not "try again". (A write's
      // transaction has rolled back either way.)
      const disk = describeFileError(error, options.dataDir ?? '.');
      return {
        ok: false,
        error: { message: `操作没有完成，数据未作改动。${disk ?? '请重试；如果反复出现，请联系技术支持。'}` },
      };
    }
  };

  return (method, input, sessionId) => parts.serial(() => call(method, input, sessionId));
}
