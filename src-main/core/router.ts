import type { Kysely } from 'kysely';
import { isBackupMethod, type BackupMethod } from '../../src-shared/backups';
import { describeIssues } from '../../src-shared/errors';
import {
  apiSchemas,
  isApiMethod,
  type ApiMethod,
  type ApiOutput,
  type ApiParsedInput,
  type ApiResult,
} from '../../src-shared/handlers';
import { keptFiguresFor } from './home/keptFigures';
import { reminderCacheFor } from './reminders/cache';
import { todayIso } from '../../src-shared/dates';
import { authHandlers, isAuthMethod, type AuthContext } from './accounts/auth';
import { admit, type Admission } from './accounts/gate';
import { appendAudit, backupAuditFact, type Actor } from './audit';
import { SessionStore } from './accounts/sessions';
import type { LedgerDatabase } from './db/schema';
import { UserError } from './errors';
import { handlers, type HandlerContext } from './handlers';
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

/** Backups and recovery work on the database file itself, so they run outside any transaction. */
export type FileHandlers = { [M in BackupMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutput<M>> };

export interface RouterParts {
  /** The connection of the moment: a restore replaces it while the app runs. */
  db: () => Kysely<LedgerDatabase>;
  /** False while the recovery screen is shown: there is no database, so there are no accounts either. */
  hasLedger: () => boolean;
  files: FileHandlers;
  /** A reason to refuse `method` now (the recovery screen allows only recovery), or null. */
  refuse?: (method: ApiMethod) => string | null;
  /** Shared with the scheduled backups, so a restore never swaps the database under a call in progress. */
  serial: Serial;
}

/**
 * The single entry to the core: validate with the method's schema, admit the caller (logged in, unlocked, allowed),
 * then run its handler in one transaction.
 */
export function createRouter(parts: RouterParts, options: RouterOptions = {}): Invoke {
  const log = options.log ?? ((error, method) => console.error(`[${method}]`, error));
  const today = options.today ?? (() => todayIso());
  const now = options.now ?? (() => new Date());
  const sessions = options.sessions ?? new SessionStore();

  const admitCaller = async (db: Kysely<LedgerDatabase>, method: ApiMethod, sessionId: string | null | undefined) => {
    const idleLockMinutes = await readIdleLockMinutes(db);
    const session = sessions.find(sessionId, idleLockMinutes);
    const admission: Admission = await admit(db, sessions, method, session);
    return { admission, session, idleLockMinutes };
  };

  const runFile = async (
    method: BackupMethod,
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
    const value = await (parts.files[method] as (i: unknown) => Promise<unknown>)(input);
    // Into the database of the moment: after a restore, the restored ledger's log says who restored it and from what.
    const fact = backupAuditFact(method, value);
    if (actor && fact && parts.hasLedger())
      await parts
        .db()
        .transaction()
        .execute((trx) => appendAudit(trx, actor, fact));
    return { ok: true, value } as ApiResult<ApiMethod>;
  };

  const run = (
    method: Exclude<ApiMethod, BackupMethod>,
    input: unknown,
    sessionId: string | null | undefined,
  ): Promise<ApiResult<ApiMethod>> =>
    parts
      .db()
      .transaction()
      .execute(async (trx): Promise<ApiResult<ApiMethod>> => {
        const { admission, session, idleLockMinutes } = await admitCaller(trx, method, sessionId);
        if ('error' in admission) return { ok: false, error: admission.error };
        if (isAuthMethod(method)) {
          const ctx: AuthContext = { db: trx, sessions, session, idleLockMinutes, now: now() };
          return (authHandlers[method] as (c: AuthContext, i: unknown) => Promise<ApiResult<ApiMethod>>)(ctx, input);
        }
        const ctx: HandlerContext = {
          db: trx,
          today: today(),
          dataDir: options.dataDir ?? '.',
          actor: admission.actor!,
          reminderCache: reminderCacheFor(parts.db()),
          keptFigures: keptFiguresFor(parts.db()),
        };
        const value = await (handlers[method] as (c: HandlerContext, i: unknown) => Promise<unknown>)(ctx, input);
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
    const parsed = apiSchemas[method].safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
    try {
      return isBackupMethod(method)
        ? await runFile(method, parsed.data, sessionId)
        : await run(method, parsed.data, sessionId);
    } catch (error) {
      if (error instanceof UserError) {
        return { ok: false, error: { message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
      }
      log(error, method);
      return { ok: false, error: { message: '操作没有完成，数据未作改动。请重试；如果反复出现，请联系技术支持。' } };
    }
  };

  return (method, input, sessionId) => parts.serial(() => call(method, input, sessionId));
}
