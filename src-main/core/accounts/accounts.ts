import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { AccountInfo } from '../../../src-shared/accounts';
import type { ApiParsedInput } from '../../../src-shared/handlers';
import type { AccountTable, LedgerDatabase } from '../db/schema';
import { UserError } from '../errors';
import { hashPassword } from './password';
import type { Session } from './sessions';

// Account management (administrator only, see src-shared/permissions.ts). Accounts are never deleted: their names
// stay in the audit trail; an administrator disables one instead.

type Db = Kysely<LedgerDatabase>;
export type AccountRow = Selectable<AccountTable>;

export function toAccountInfo(row: AccountRow): AccountInfo {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role,
    active: row.active === 1,
    createdAt: row.created_at,
  };
}

export async function accountCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('account')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findAccount(db: Db, id: number): Promise<AccountRow> {
  const row = await db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new UserError(`账号（编号 ${id}）不存在`);
  return row;
}

/**
 * The account a session was started for: the same number and the same key. None when the ledger has no such account
 * any more — a restore or another file can give the number to someone else, never the key.
 */
export async function sessionAccount(
  db: Db,
  session: Pick<Session, 'accountId' | 'accountKey'>,
): Promise<AccountRow | undefined> {
  return db
    .selectFrom('account')
    .selectAll()
    .where('id', '=', session.accountId)
    .where('session_key', '=', session.accountKey)
    .executeTakeFirst();
}

export async function listAccounts(db: Db): Promise<AccountInfo[]> {
  const rows = await db.selectFrom('account').selectAll().orderBy('active', 'desc').orderBy('id').execute();
  return rows.map(toAccountInfo);
}

export async function createAccount(db: Db, input: ApiParsedInput<'accounts.create'>): Promise<AccountInfo> {
  const taken = await db.selectFrom('account').select('id').where('username', '=', input.username).executeTakeFirst();
  if (taken) throw new UserError(`用户名“${input.username}”已被使用`, { username: '用户名已被使用' });
  const stamp = new Date().toISOString();
  const row = await db
    .insertInto('account')
    .values({
      username: input.username,
      name: input.name,
      role: input.role,
      password_hash: hashPassword(input.password),
      active: 1,
      failed_attempts: 0,
      retry_after: null,
      created_at: stamp,
      updated_at: stamp,
      session_key: randomBytes(16).toString('hex'),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAccountInfo(row);
}

export async function updateAccount(
  db: Db,
  input: ApiParsedInput<'accounts.update'>,
  actorId: number,
): Promise<AccountInfo> {
  const existing = await findAccount(db, input.id);
  if (input.id === actorId && (!input.active || input.role !== 'admin')) {
    throw new UserError('不能停用自己的账号或取消自己的管理员身份');
  }
  if (existing.role === 'admin' && (input.role !== 'admin' || !input.active)) {
    const admins = await db
      .selectFrom('account')
      .select('id')
      .where('role', '=', 'admin')
      .where('active', '=', 1)
      .execute();
    if (admins.length <= 1) throw new UserError('至少要保留一个启用的管理员账号');
  }
  const row = await db
    .updateTable('account')
    .set({ name: input.name, role: input.role, active: input.active ? 1 : 0, updated_at: new Date().toISOString() })
    .where('id', '=', input.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAccountInfo(row);
}

/** Sets a new password and clears the lockout, so a locked-out clerk can be let back in by the administrator. */
export async function setPassword(db: Db, id: number, password: string): Promise<AccountInfo> {
  await findAccount(db, id);
  const row = await db
    .updateTable('account')
    .set({
      password_hash: hashPassword(password),
      failed_attempts: 0,
      retry_after: null,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAccountInfo(row);
}
