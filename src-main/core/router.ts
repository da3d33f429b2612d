import type { Kysely } from 'kysely';
import { describeIssues } from '../../src-shared/errors';
import { apiSchemas, isApiMethod, type ApiMethod, type ApiResult } from '../../src-shared/handlers';
import { todayIso } from '../../src-shared/idcard';
import type { LedgerDatabase } from './db/schema';
import { UserError } from './errors';
import { handlers, type HandlerContext } from './handlers';

export type Invoke = (method: string, input: unknown) => Promise<ApiResult<ApiMethod>>;

export interface RouterOptions {
  /** The data folder (generated documents go under it); defaults to the database file's folder. */
  dataDir?: string;
  /** Where internal errors go; the clerk sees a short Chinese sentence instead. */
  log?: (error: unknown, method: string) => void;
  today?: () => string;
}

/** The single entry to the core: validate with the method's schema, then run its handler in one transaction. */
export function createRouter(db: Kysely<LedgerDatabase>, options: RouterOptions = {}): Invoke {
  const log = options.log ?? ((error, method) => console.error(`[${method}]`, error));
  const today = options.today ?? (() => todayIso());
  return async (method, input) => {
    if (!isApiMethod(method)) return { ok: false, error: { message: `没有这个功能：${String(method).slice(0, 40)}` } };
    const parsed = apiSchemas[method].safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
    try {
      const value = await db.transaction().execute((trx) => {
        const ctx: HandlerContext = { db: trx, today: today(), dataDir: options.dataDir ?? '.' };
        return (handlers[method] as (c: HandlerContext, i: unknown) => Promise<unknown>)(ctx, parsed.data);
      });
      return { ok: true, value } as ApiResult<ApiMethod>;
    } catch (error) {
      if (error instanceof UserError) {
        return { ok: false, error: { message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
      }
      log(error, method);
      return { ok: false, error: { message: '操作没有完成，数据未作改动。请重试；如果反复出现，请联系技术支持。' } };
    }
  };
}
