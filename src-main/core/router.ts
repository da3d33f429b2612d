import type { Kysely } from 'kysely';
import { describeIssues } from '../../src-shared/errors';
import { apiSchemas, isApiMethod, type ApiMethod, type ApiResult } from '../../src-shared/handlers';
import { todayIso } from '../../src-shared/idcard';
import { authHandlers, isAuthMethod, type AuthContext } from './accounts/auth';
import { admit } from './accounts/gate';
import { SessionStore } from './accounts/sessions';
import type { LedgerDatabase } from './db/schema';
import { UserError } from './errors';
import { handlers, type HandlerContext } from './handlers';
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

/**
 * The single entry to the core: validate with the method's schema, admit the caller (logged in, unlocked, allowed),
 * then run its handler in one transaction.
 */
export function createRouter(db: Kysely<LedgerDatabase>, options: RouterOptions = {}): Invoke {
  const log = options.log ?? ((error, method) => console.error(`[${method}]`, error));
  const today = options.today ?? (() => todayIso());
  const now = options.now ?? (() => new Date());
  const sessions = options.sessions ?? new SessionStore();
  return async (method, input, sessionId) => {
    if (!isApiMethod(method)) return { ok: false, error: { message: `没有这个功能：${String(method).slice(0, 40)}` } };
    const parsed = apiSchemas[method].safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
    try {
      return await db.transaction().execute(async (trx): Promise<ApiResult<ApiMethod>> => {
        const idleLockMinutes = await readIdleLockMinutes(trx);
        const session = sessions.find(sessionId, idleLockMinutes);
        const admission = await admit(trx, sessions, method, session);
        if ('error' in admission) return { ok: false, error: admission.error };
        if (isAuthMethod(method)) {
          const ctx: AuthContext = { db: trx, sessions, session, idleLockMinutes, now: now() };
          return (authHandlers[method] as (c: AuthContext, i: unknown) => Promise<ApiResult<ApiMethod>>)(ctx, parsed.data);
        }
        const ctx: HandlerContext = { db: trx, today: today(), dataDir: options.dataDir ?? '.', actor: admission.actor! };
        const value = await (handlers[method] as (c: HandlerContext, i: unknown) => Promise<unknown>)(ctx, parsed.data);
        return { ok: true, value } as ApiResult<ApiMethod>;
      });
    } catch (error) {
      if (error instanceof UserError) {
        return { ok: false, error: { message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
      }
      log(error, method);
      return { ok: false, error: { message: '操作没有完成，数据未作改动。请重试；如果反复出现，请联系技术支持。' } };
    }
  };
}
