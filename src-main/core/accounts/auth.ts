import type { Kysely } from 'kysely';
import type { AuthStatus } from '../../../src-shared/accounts';
import type { authMethods } from '../../../src-shared/api/auth';
import type { ApiError } from '../../../src-shared/errors';
import type { Implementations } from '../api/implementation';
import { appendAudit } from '../audit';
import type { AuthContext } from '../context';
import type { LedgerDatabase } from '../db/schema';
import { CommittedRefusal, UserError } from '../errors';
import { readSettings, saveSettings } from '../settings';
import {
  accountCount,
  createAccount,
  findAccount,
  sessionAccount,
  setPassword,
  toAccountInfo,
  type AccountRow,
} from './accounts';
import { FREE_ATTEMPTS, retryDelaySeconds, secondsUntil, waitMessage } from './lockout';
import { hashPassword, verifyPassword } from './password';
import { idleLockSummary, logFailedLogin, logSessionEvent } from './sessionLog';
import type { Session } from './sessions';

// The auth.* methods: first-run setup, login, lock/unlock, logout, own password. A wrong password is refused with a
// CommittedRefusal, so the login path still commits the failure count (the lockout itself) it wrote before refusing,
// and the 操作日志 entry saying so (sessionLog.ts).

type Db = Kysely<LedgerDatabase>;

const WRONG = '用户名或密码不正确';
// Unknown user names take as long to refuse as wrong passwords, so timing does not tell which names exist.
let decoyHash: string | undefined;

/** A refused password: what the caller is told, and why in the log's words. */
export interface PasswordRefusal {
  error: ApiError;
  reason: string;
}

async function status(ctx: AuthContext, session: Session | null | undefined): Promise<AuthStatus> {
  const account = session ? await sessionAccount(ctx.db, session) : undefined;
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
): Promise<PasswordRefusal | null> {
  const wait = secondsUntil(account.retry_after, now);
  if (wait > 0) return { error: { message: waitMessage(wait) }, reason: `暂停登录期间再试（${waitMessage(wait)}）` };
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
  return {
    error: { message, fields: { password: '密码不正确' } },
    reason: `密码不正确（连续第 ${failures} 次${delay > 0 ? '，暂停登录' : ''}）`,
  };
}

/** The account of the caller's session; the gate has just admitted it, so it is there. */
async function ownAccount(ctx: AuthContext): Promise<{ session: Session; account: AccountRow }> {
  const session = ctx.session!;
  const account = await sessionAccount(ctx.db, session);
  if (!account) throw new UserError('请重新登录');
  return { session, account };
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
    const row = await findAccount(ctx.db, admin.id);
    await appendAudit(ctx.db, row, {
      action: 'account',
      summary: `首次使用：创建管理员账号 ${admin.username}（${admin.name}）`,
    });
    const session = ctx.sessions.start(row);
    ctx.handOver(session.id);
    return status(ctx, session);
  },

  'auth.login': async (ctx, input) => {
    const username = input.username.trim();
    const account = await ctx.db.selectFrom('account').selectAll().where('username', '=', username).executeTakeFirst();
    if (!account) {
      verifyPassword(input.password, (decoyHash ??= hashPassword('decoy')));
      await logFailedLogin(ctx.db, username, '没有这个用户名');
      throw new CommittedRefusal(WRONG, { password: WRONG });
    }
    const refused = await checkPassword(ctx.db, account, input.password, ctx.now);
    if (refused) {
      await logFailedLogin(ctx.db, username, refused.reason);
      throw CommittedRefusal.from(refused.error);
    }
    // A right password has just cleared the failure count: that too is kept.
    if (account.active !== 1) {
      await logFailedLogin(ctx.db, username, '账号已停用');
      throw new CommittedRefusal('该账号已停用，请联系管理员');
    }
    if (ctx.session) ctx.sessions.end(ctx.session.id);
    const session = ctx.sessions.start(account);
    await logSessionEvent(ctx.db, account, 'login');
    ctx.handOver(session.id);
    return status(ctx, session);
  },

  'auth.logout': async (ctx) => {
    if (ctx.session) {
      ctx.sessions.end(ctx.session.id);
      if (ctx.actor) await logSessionEvent(ctx.db, ctx.actor, 'logout');
    }
    ctx.handOver(null);
    return status(ctx, null);
  },

  'auth.lock': async (ctx, input) => {
    // Already locked (the core noticed the idle time first and logged it): nothing more to record.
    if (ctx.session && !ctx.session.locked) {
      ctx.sessions.lock(ctx.session);
      if (ctx.actor)
        await logSessionEvent(ctx.db, ctx.actor, 'lock', input.idle ? idleLockSummary(ctx.idleLockMinutes) : '');
    }
    return status(ctx, ctx.session);
  },

  'auth.unlock': async (ctx, input) => {
    const { session, account } = await ownAccount(ctx);
    const refused = await checkPassword(ctx.db, account, input.password, ctx.now);
    if (refused) {
      await logSessionEvent(ctx.db, account, 'unlockFailed', refused.reason);
      throw CommittedRefusal.from(refused.error);
    }
    ctx.sessions.unlock(session);
    await logSessionEvent(ctx.db, account, 'unlock');
    return status(ctx, session);
  },

  'auth.changePassword': async (ctx, input) => {
    const { session, account } = await ownAccount(ctx);
    const refused = await checkPassword(ctx.db, account, input.current, ctx.now);
    // The form's field is `current`, not `password`.
    if (refused)
      throw new CommittedRefusal(refused.error.message, {
        current: refused.error.fields?.['password'] ?? refused.error.message,
      });
    await setPassword(ctx.db, session.accountId, input.password);
    await appendAudit(ctx.db, account, { action: 'account', summary: '修改自己的密码' });
    ctx.sessions.endAllOf(session.accountId, session.id);
    return status(ctx, session);
  },
};
