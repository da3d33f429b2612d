import type { Kysely } from 'kysely';
import { customRule, type RuleCreateInput } from '../../../src-shared/customRules';
import type { ApiParsedInput } from '../../../src-shared/handlers';
import { canLapse, type DeadlineRule, type StoredRule } from '../../../src-shared/rules';
import type { LedgerDatabase } from '../db/schema';
import { UserError } from '../errors';

// The office's deadline rules: seeded by migrations 0004 / 0006 / 0019 (过期后不再提醒: 0020), edited through
// rules.save, added through rules.create and (only those the office added) removed through rules.delete.

type Db = Kysely<LedgerDatabase>;
type Row = { code: string; data: string; enabled: number; custom: number; seeded: number };

function fromRow(row: Row): StoredRule {
  // `data` was written by a migration, saveRule or createRule from a DeadlineRule; `enabled` lives in its own column.
  const data = JSON.parse(row.data) as Omit<DeadlineRule, 'enabled'>;
  return { ...data, code: row.code, enabled: row.enabled === 1, custom: row.custom === 1, seeded: row.seeded === 1 };
}

const NOT_FOUND = '规则不存在';

async function findRule(db: Db, code: string): Promise<StoredRule> {
  const row = await db.selectFrom('deadline_rule').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) throw new UserError(NOT_FOUND, { code: NOT_FOUND });
  return fromRow(row);
}

export async function listRules(db: Db): Promise<StoredRule[]> {
  const rows = await db.selectFrom('deadline_rule').selectAll().orderBy('code').execute();
  return rows.map(fromRow);
}

export async function saveRule(db: Db, input: ApiParsedInput<'rules.save'>): Promise<StoredRule> {
  const { enabled: _enabled, custom: _custom, seeded, stopAfterDays, ...rule } = await findRule(db, input.code);
  // Absent: as it was (a caller that knows nothing of it); null: reminded until done.
  const stop = input.stopAfterDays === undefined ? stopAfterDays : (input.stopAfterDays ?? undefined);
  if (stop !== undefined && !canLapse(rule)) {
    const message = `规则 ${input.code} 是定期要做的事，漏了也要补做，不能设置“过期后不再提醒”`;
    throw new UserError(message, { stopAfterDays: message });
  }
  const data: Omit<DeadlineRule, 'enabled'> = {
    ...rule,
    offset: input.offset,
    unit: input.unit,
    task: input.task,
    ...(stop === undefined ? {} : { stopAfterDays: stop }),
  };
  await db
    .updateTable('deadline_rule')
    .set({ data: JSON.stringify(data), enabled: input.enabled ? 1 : 0, custom: 1 })
    .where('code', '=', input.code)
    .execute();
  return { ...data, enabled: input.enabled, custom: true, seeded };
}

export async function createRule(db: Db, input: RuleCreateInput): Promise<StoredRule> {
  const taken = await db.selectFrom('deadline_rule').select('code').where('code', '=', input.code).executeTakeFirst();
  if (taken) {
    const message = `规则编号“${input.code}”已存在，请换一个`;
    throw new UserError(message, { code: message });
  }
  const { enabled, ...data } = customRule(input);
  await db
    .insertInto('deadline_rule')
    .values({ code: input.code, data: JSON.stringify(data), enabled: enabled ? 1 : 0, custom: 1, seeded: 0 })
    .execute();
  return { ...data, enabled, custom: true, seeded: false };
}

/** Only rules the office added; a shipped rule is switched off instead, so its basis text stays at hand. */
export async function deleteRule(db: Db, code: string): Promise<{ code: string }> {
  const rule = await findRule(db, code);
  if (rule.seeded) {
    const message = `规则 ${code} 随应用提供，不能删除；不需要时请取消“启用”`;
    throw new UserError(message, { code: message });
  }
  await db.deleteFrom('deadline_rule').where('code', '=', code).execute();
  return { code };
}
