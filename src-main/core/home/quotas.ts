import { sql, type Kysely } from 'kysely';
import { isoDate, parseDate } from '../../../src-shared/dates';
import { monthRange, type MonthlyQuotas, type Quota, type QuotaPeriod } from '../../../src-shared/home';
import { registerDef } from '../../../src-shared/registers';
import type { DeadlineRule } from '../../../src-shared/rules';
import type { Settings } from '../../../src-shared/settings';
import type { LedgerDatabase, RegisterTableName } from '../db/schema';

// 首页's quotas: the month's progress on every enabled office duty that is counted from a register each month or
// half-month (docs/spec/deadlines.md MR-02 典型案例, MR-03 工作信息, RM-04 排查). Which duties, their registers and
// their targets all come from the stored rules and settings, so an office that edits a rule sees its own target.

type Db = Kysely<LedgerDatabase>;

type CountRule = DeadlineRule & {
  trigger: { kind: 'recurring'; every: '月' | '半月' };
  doneBy: Extract<DeadlineRule['doneBy'], { kind: 'count' }>;
};

function isMonthlyCount(rule: DeadlineRule): rule is CountRule {
  return (
    rule.enabled &&
    rule.subject === 'office' &&
    rule.trigger.kind === 'recurring' &&
    (rule.trigger.every === '月' || rule.trigger.every === '半月') &&
    rule.doneBy.kind === 'count'
  );
}

function periodsOf(year: number, month: number, every: '月' | '半月'): { label: string; from: string; to: string }[] {
  const { from, to } = monthRange(year, month);
  if (every === '月') return [{ label: '本月', from, to }];
  return [
    { label: '上半月', from, to: isoDate(year, month, 15) },
    { label: '下半月', from: isoDate(year, month, 16), to },
  ];
}

function stateOf(have: number, needed: number, from: string, to: string, today: string): QuotaPeriod['state'] {
  if (have >= needed) return 'done';
  if (to < today) return 'missed';
  return from > today ? 'upcoming' : 'open';
}

export async function monthlyQuotas(
  db: Db,
  rules: readonly DeadlineRule[],
  settings: Settings,
  today: string,
): Promise<MonthlyQuotas> {
  const { year, month } = parseDate(today);
  const { from, to } = monthRange(year, month);
  const quotas: Quota[] = [];
  for (const rule of rules.filter(isMonthlyCount)) {
    const def = registerDef(rule.doneBy.register);
    const needed = rule.doneBy.countSetting ? settings[rule.doneBy.countSetting] : rule.doneBy.count;
    // The month's dates once; each period counts its own from them.
    const rows = await db
      .selectFrom(def.table as RegisterTableName)
      .select(sql.ref<string>(def.dateField).as('date'))
      .where('deleted_at', 'is', null)
      .where(def.dateField, '>=', from)
      .where(def.dateField, '<=', to)
      .execute();
    const dates = rows.map((r) => String(r.date));
    quotas.push({
      ruleCode: rule.code,
      register: def.key,
      name: def.title.replace(/(报送)?登记簿?$/, ''),
      needed,
      periods: periodsOf(year, month, rule.trigger.every).map((p) => {
        const have = dates.filter((d) => d >= p.from && d <= p.to).length;
        return { ...p, have, state: stateOf(have, needed, p.from, p.to, today) };
      }),
    });
  }
  return { year, month, quotas };
}
