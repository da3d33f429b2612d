import type { Kysely } from 'kysely';
import type { AuthStatus } from '../../../src-shared/accounts';
import type { ApiError } from '../../../src-shared/errors';
import type { ApiOutput, ApiParsedInput } from '../../../src-shared/handlers';
import type { LedgerDatabase } from '../db/schema';
import { UserError } from '../errors';
import { readSettings, saveSettings } from '../settings';
import { accountCount, createAccount, findAccount, setPassword, toAccountInfo, type AccountRow } from './accounts';
import { FREE_ATTEMPTS, retryDelaySeconds, secondsUntil, waitMessage } from './lockout';
import { hashPassword, verifyPassword } from './password';
import type { Session, SessionStore } from './sessions';

// The auth.* methods: first-run setup, login, lock/unlock, logout, own password. A wrong password is an answer, not
// an exception: it is returned (not thrown) so the transaction commits the failure count with it.

type Db = Kysely<LedgerDatabase>;

export interface AuthContext {
  db: Db;
  sessions: SessionStore;
  session: Session | undefined;
  idleLockMinutes: number;
  now: Date;
}

export type AuthMethod =
  'auth.status' | 'auth.setup' | 'auth.login' | 'auth.logout' | 'auth.lock' | 'auth.unlock' | 'auth.changePassword';

export type AuthOutcome<M extends AuthMethod> =
  { ok: true; value: ApiOutput<M>; session?: string | null } | { ok: false; error: ApiError };

type AuthHandlers = { [M in AuthMethod]: (ctx: AuthContext, input: ApiParsedInput<M>) => Promise<AuthOutcome<M>> };

export const isAuthMethod = (method: string): method is AuthMethod => method.startsWith('auth.');

const WRONG = '用户名或密码不正确';
// Unknown user names take as long to refuse as wrong passwords, so timing does not tell which names exist.
let decoyHash: string | undefined;

async function status(ctx: AuthContext, session: Session | null | undefined): Promise<AuthStatus> {
  const account = session
    ? await ctx.db.selectFrom('account').selectAll().where('id', '=', session.accountId).executeTakeFirst()
    : undefined;
  return {
    setupNeeded: (await accountCount(ctx.db)) === 0,
    user: account ? toAccountInfo(account) : null,
    locked: session?.locked ?? false,
    idleLockMinutes: ctx.idleLockMinutes,
  };
}

/** Checks a password against the account's lockout state, recording the outcome; null when it is right. */
export async function checkPassword(
  db: Db,
  account: AccountRow,
  password: string,
  now: Date,
): Promise<ApiError | null> {
  const wait = secondsUntil(account.retry_after, now);
  if (wait > 0) return { message: waitMessage(wait) };
  if (verifyPassword(password, account.password_hash)) {
    if (account.failed_attempts > 0)
      await db
        .updateTable('account')
        .set({ failed_attempts: 0, retry_after: null })
        .where('id', '=', account.id)
        .execute();
    return null;
  }
  const failures = account.failed_attempts + 1;
  const delay = retryDelaySeconds(failures);
  const retryAfter = delay > 0 ? new Date(now.getTime() + delay * 1000).toISOString() : null;
  await db
    .updateTable('account')
    .set({ failed_attempts: failures, retry_after: retryAfter })
    .where('id', '=', account.id)
    .execute();
  const message =
    delay > 0 ? `密码不正确。${waitMessage(delay)}` : `${WRONG}（再错 ${FREE_ATTEMPTS - failures} 次将暂停登录）`;
  return { message, fields: { password: '密码不正确' } };
}

function signedIn<M extends AuthMethod>(value: ApiOutput<M>, session: string | null): AuthOutcome<M> {
  return { ok: true, value, session };
}

export const authHandlers: AuthHandlers = {
  'auth.status': async (ctx) => ({ ok: true, value: await status(ctx, ctx.session) }),

  'auth.setup': async (ctx, input) => {
    if ((await accountCount(ctx.db)) > 0) throw new UserError('已经设置过管理员账号，请直接登录');
    const settings = await readSettings(ctx.db);
    await saveSettings(ctx.db, {
      ...settings,
      officeName: input.officeName,
      county: input.county,
      township: input.township,
    });
    const admin = await createAccount(ctx.db, { ...input.admin, role: 'admin' });
    const session = ctx.sessions.start(admin.id);
    return signedIn(await status(ctx, session), session.id);
  },

  'auth.login': async (ctx, input) => {
    const account = await ctx.db
      .selectFrom('account')
      .selectAll()
      .where('username', '=', input.username.trim())
      .executeTakeFirst();
    if (!account) {
      verifyPassword(input.password, (decoyHash ??= hashPassword('decoy')));
      return { ok: false, error: { message: WRONG, fields: { password: WRONG } } };
    }
    const refused = await checkPassword(ctx.db, account, input.password, ctx.now);
    if (refused) return { ok: false, error: refused };
    if (account.active !== 1) return { ok: false, error: { message: '该账号已停用，请联系管理员' } };
    if (ctx.session) ctx.sessions.end(ctx.session.id);
    const session = ctx.sessions.start(account.id);
    return signedIn(await status(ctx, session), session.id);
  },

  'auth.logout': async (ctx) => {
    if (ctx.session) ctx.sessions.end(ctx.session.id);
    return signedIn(await status(ctx, null), null);
  },

  'auth.lock': async (ctx) => {
    if (ctx.session) ctx.sessions.lock(ctx.session);
    return { ok: true, value: await status(ctx, ctx.session) };
  },

  'auth.unlock': async (ctx, input) => {
    const session = ctx.session!;
    const refused = await checkPassword(ctx.db, await findAccount(ctx.db, session.accountId), input.password, ctx.now);
    if (refused) return { ok: false, error: refused };
    ctx.sessions.unlock(session);
    return { ok: true, value: await status(ctx, ctx.session) };
  },

  'auth.changePassword': async (ctx, input) => {
    const session = ctx.session!;
    const refused = await checkPassword(ctx.db, await findAccount(ctx.db, session.accountId), input.current, ctx.now);
    if (refused)
      return {
        ok: false,
        error: { message: refused.message, fields: { current: refused.fields?.['password'] ?? refused.message } },
      };
    await setPassword(ctx.db, session.accountId, input.password);
    ctx.sessions.endAllOf(session.accountId, session.id);
    return { ok: true, value: await status(ctx, ctx.session) };
  },
};
