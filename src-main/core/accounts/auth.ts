import type { Kysely } from 'kysely';
import type { AuthStatus } from '../../../src-shared/accounts';
import type { authMethods } from '../../../src-shared/api/auth';
import type { ApiError } from '../../../src-shared/errors';
import type { Implementations } from '../api/implementation';
import type { AuthContext } from '../context';
import type { LedgerDatabase } from '../db/schema';
import { CommittedRefusal, UserError } from '../errors';
import { readSettings, saveSettings } from '../settings';
import { accountCount, createAccount, findAccount, setPassword, toAccountInfo, type AccountRow } from './accounts';
import { FREE_ATTEMPTS, retryDelaySeconds, secondsUntil, waitMessage } from './lockout';
import { hashPassword, verifyPassword } from './password';
import type { Session } from './sessions';

// The auth.* methods: first-run setup, login, lock/unlock, logout, own password. A wrong password is refused with a
// CommittedRefusal, so the login path still commits the failure count (the lockout itself) it wrote before refusing.

type Db = Kysely<LedgerDatabase>;

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

export const authHandlers: Implementations<keyof typeof authMethods> = {
  'auth.status': (ctx) => status(ctx, ctx.session),

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
    ctx.handOver(session.id);
    return status(ctx, session);
  },

  'auth.login': async (ctx, input) => {
    const account = await ctx.db
      .selectFrom('account')
      .selectAll()
      .where('username', '=', input.username.trim())
      .executeTakeFirst();
    if (!account) {
      verifyPassword(input.password, (decoyHash ??= hashPassword('decoy')));
      throw new CommittedRefusal(WRONG, { password: WRONG });
    }
    const refused = await checkPassword(ctx.db, account, input.password, ctx.now);
    if (refused) throw CommittedRefusal.from(refused);
    // A right password has just cleared the failure count: that too is kept.
    if (account.active !== 1) throw new CommittedRefusal('该账号已停用，请联系管理员');
    if (ctx.session) ctx.sessions.end(ctx.session.id);
    const session = ctx.sessions.start(account.id);
    ctx.handOver(session.id);
    return status(ctx, session);
  },

  'auth.logout': async (ctx) => {
    if (ctx.session) ctx.sessions.end(ctx.session.id);
    ctx.handOver(null);
    return status(ctx, null);
  },

  'auth.lock': async (ctx) => {
    if (ctx.session) ctx.sessions.lock(ctx.session);
    return status(ctx, ctx.session);
  },

  'auth.unlock': async (ctx, input) => {
    const session = ctx.session!;
    const refused = await checkPassword(ctx.db, await findAccount(ctx.db, session.accountId), input.password, ctx.now);
    if (refused) throw CommittedRefusal.from(refused);
    ctx.sessions.unlock(session);
    return status(ctx, ctx.session);
  },

  'auth.changePassword': async (ctx, input) => {
    const session = ctx.session!;
    const refused = await checkPassword(ctx.db, await findAccount(ctx.db, session.accountId), input.current, ctx.now);
    // The form's field is `current`, not `password`.
    if (refused)
      throw new CommittedRefusal(refused.message, { current: refused.fields?.['password'] ?? refused.message });
    await setPassword(ctx.db, session.accountId, input.password);
    ctx.sessions.endAllOf(session.accountId, session.id);
    return status(ctx, ctx.session);
  },
};
