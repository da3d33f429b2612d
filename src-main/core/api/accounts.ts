import type { accountMethods } from '../../../src-shared/api/accounts';
import { createAccount, findAccount, listAccounts, setPassword, updateAccount } from '../accounts/accounts';
import { recordHistory, searchAudit } from '../audit';
import { audited } from './audited';
import type { Implementations } from './implementation';

export const accountHandlers: Implementations<keyof typeof accountMethods> = {
  'accounts.list': async ({ db }) => ({ accounts: await listAccounts(db) }),
  'accounts.create': (ctx, input) =>
    audited(ctx, createAccount(ctx.db, input), (a) => ({
      action: 'account',
      summary: `新建账号 ${a.username}（${a.name}）`,
    })),
  'accounts.update': async (ctx, input) => {
    const before = await findAccount(ctx.db, input.id);
    const after = await audited(ctx, updateAccount(ctx.db, input, ctx.actor.id), (a) => ({
      action: 'account',
      summary: `修改账号 ${a.username}（${a.name}，${a.active ? '启用' : '停用'}）`,
    }));
    if (!after.active || after.role !== before.role) ctx.endSessionsOf(after.id);
    return after;
  },
  'accounts.resetPassword': async (ctx, { id, password }) => {
    const account = await audited(ctx, setPassword(ctx.db, id, password), (a) => ({
      action: 'account',
      summary: `重设密码 ${a.username}`,
    }));
    ctx.endSessionsOf(account.id);
    return account;
  },
  'audit.record': async ({ db }, { register, id }) => ({ entries: await recordHistory(db, register, id) }),
  'audit.search': ({ db }, query) => searchAudit(db, query),
};
