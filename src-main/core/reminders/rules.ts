import type { Kysely } from 'kysely';
import type { ApiParsedInput } from '../../../src-shared/handlers';
import type { DeadlineRule, StoredRule } from '../../../src-shared/rules';
import type { LedgerDatabase } from '../db/schema';
import { UserError } from '../errors';

// The office's deadline rules, as seeded by migration 0004 and edited through rules.save.

type Db = Kysely<LedgerDatabase>;
type Row = { code: string; data: string; enabled: number; custom: number };

function fromRow(row: Row): StoredRule {
  // `data` was written by migration 0004 or saveRule from a DeadlineRule; `enabled` lives in its own column.
  const data = JSON.parse(row.data) as Omit<DeadlineRule, 'enabled'>;
  return { ...data, code: row.code, enabled: row.enabled === 1, custom: row.custom === 1 };
}

export async function listRules(db: Db): Promise<StoredRule[]> {
  const rows = await db.selectFrom('deadline_rule').selectAll().orderBy('code').execute();
  return rows.map(fromRow);
}

export async function saveRule(db: Db, input: ApiParsedInput<'rules.save'>): Promise<StoredRule> {
  const row = await db.selectFrom('deadline_rule').selectAll().where('code', '=', input.code).executeTakeFirst();
  if (!row) throw new UserError('规则不存在');
  const { enabled: _enabled, custom: _custom, ...rule } = fromRow(row);
  const data: Omit<DeadlineRule, 'enabled'> = { ...rule, offset: input.offset, unit: input.unit, task: input.task };
  await db
    .updateTable('deadline_rule')
    .set({ data: JSON.stringify(data), enabled: input.enabled ? 1 : 0, custom: 1 })
    .where('code', '=', input.code)
    .execute();
  return { ...data, enabled: input.enabled, custom: true };
}
