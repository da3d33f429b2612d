import type { Kysely } from 'kysely';
import { isBackupMethod, type BackupMethod } from '../../src-shared/backups';
import { describeIssues } from '../../src-shared/errors';
import { apiSchemas, isApiMethod, type ApiMethod, type ApiOutput, type ApiParsedInput, type ApiResult } from '../../src-shared/handlers';
import { todayIso } from '../../src-shared/idcard';
import type { LedgerDatabase } from './db/schema';
import { UserError } from './errors';
import { handlers, type HandlerContext } from './handlers';
import type { Serial } from './serial';

export type Invoke = (method: string, input: unknown) => Promise<ApiResult<ApiMethod>>;

export interface RouterOptions {
  /** The data folder (generated documents go under it); defaults to the database file's folder. */
  dataDir?: string;
  /** Where internal errors go; the clerk sees a short Chinese sentence instead. */
  log?: (error: unknown, method: string) => void;
  today?: () => string;
}

/** Backups and recovery work on the database file itself, so they run outside any transaction. */
export type FileHandlers = { [M in BackupMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutput<M>> };

export interface RouterParts {
  /** The connection of the moment: a restore replaces it while the app runs. */
  db: () => Kysely<LedgerDatabase>;
  files: FileHandlers;
  /** A reason to refuse `method` now (the recovery screen allows only recovery), or null. */
  refuse?: (method: ApiMethod) => string | null;
  /** Shared with the scheduled backups, so a restore never swaps the database under a call in progress. */
  serial: Serial;
}

/** The single entry to the core: validate with the method's schema, then run its handler in one transaction. */
export function createRouter(parts: RouterParts, options: RouterOptions = {}): Invoke {
  const log = options.log ?? ((error, method) => console.error(`[${method}]`, error));
  const today = options.today ?? (() => todayIso());
  const run = async (method: ApiMethod, input: unknown): Promise<unknown> => {
    if (isBackupMethod(method)) return (parts.files[method] as (i: unknown) => Promise<unknown>)(input);
    return parts.db().transaction().execute((trx) => {
      const ctx: HandlerContext = { db: trx, today: today(), dataDir: options.dataDir ?? '.' };
      return (handlers[method] as (c: HandlerContext, i: unknown) => Promise<unknown>)(ctx, input);
    });
  };

  const call = async (method: string, input: unknown): Promise<ApiResult<ApiMethod>> => {
    if (!isApiMethod(method)) return { ok: false, error: { message: `没有这个功能：${String(method).slice(0, 40)}` } };
    const refusal = parts.refuse?.(method);
    if (refusal) return { ok: false, error: { message: refusal } };
    const parsed = apiSchemas[method].safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
    try {
      return { ok: true, value: await run(method, parsed.data) } as ApiResult<ApiMethod>;
    } catch (error) {
      if (error instanceof UserError) {
        return { ok: false, error: { message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
      }
      log(error, method);
      return { ok: false, error: { message: '操作没有完成，数据未作改动。请重试；如果反复出现，请联系技术支持。' } };
    }
  };

  return (method, input) => parts.serial(() => call(method, input));
}
