import type { Kysely } from 'kysely';
import {
  addDays,
  chineseMonth,
  daysBetween,
  daysInMonth,
  isoDate,
  lastDayOfMonth,
  monthsAfter,
  parseDate,
  weekday,
} from '../../../src-shared/dates';
import { registerDef } from '../../../src-shared/registers';
import { periodKey } from '../../../src-shared/reports';
import type { DeadlineRule } from '../../../src-shared/rules';
import type { Settings } from '../../../src-shared/settings';
import type { DueResult, WorkCalendar } from '../../../src-shared/workdays';
import type { LedgerDatabase, RegisterTableName } from '../db/schema';
import { readSettings } from '../settings';
import { dueFrom, statusOf } from './deadlines';
import type { KeptReminder } from './subjects';

// The office's own duties (RM-04/05, docs/spec/deadlines.md §D): the current week (周一–周日) / half-month (1–15, 16–月末) /
// month / quarter; done when enough records are dated in it. MR-01: this month's deadline day; done when last
// month's 月报 was exported.

type Db = Kysely<LedgerDatabase>;

/** The office's duties (月报, 排查 twice a month, 典型案例 …); a few counts, read afresh on every call. */
export async function officeReminders(
  db: Db,
  calendar: WorkCalendar,
  today: string,
  rules: readonly DeadlineRule[],
): Promise<KeptReminder[]> {
  const office = rules.filter((r) => r.enabled && r.subject === 'office');
  if (office.length === 0) return [];
  const settings = await readSettings(db);
  const reminders: KeptReminder[] = [];
  for (const rule of office) {
    const reminder = await officeReminder(db, calendar, today, rule, settings);
    if (reminder) reminders.push(reminder);
  }
  return reminders;
}

/** An office duty's reminder, explained at once: there are a handful. `situation` says where it stands, in words. */
function officeDuty(rule: DeadlineRule, due: DueResult, today: string, situation: string): KeptReminder {
  const { code: ruleCode, task, basis } = rule;
  const prefix = situation === '' ? '' : `${situation}；`;
  const kept = {
    ruleCode,
    subject: null,
    task,
    basis,
    doneBy: rule.doneBy,
    recurring: rule.trigger.kind === 'recurring',
    situation: situation === '' ? null : situation,
  };
  if (!due.ok)
    return { ...kept, due: null, daysLeft: null, status: 'no-calendar', because: { text: prefix + due.message } };
  const daysLeft = daysBetween(today, due.due);
  return { ...kept, due: due.due, daysLeft, status: statusOf(daysLeft), because: { text: prefix + due.explanation } };
}

/** The period of a recurring office duty that contains today. */
export function currentPeriod(
  today: string,
  every: '周' | '半月' | '月' | '季' | '半年',
): { from: string; to: string; label: string } {
  const { year: y, month: m, day: d } = parseDate(today);
  switch (every) {
    case '周': {
      const fromMonday = (weekday(today) + 6) % 7;
      return { from: addDays(today, -fromMonday), to: addDays(today, 6 - fromMonday), label: '本周' };
    }
    case '半月':
      return d <= 15
        ? { from: isoDate(y, m, 1), to: isoDate(y, m, 15), label: '本月上半月' }
        : { from: isoDate(y, m, 16), to: lastDayOfMonth(y, m), label: '本月下半月' };
    case '月':
      return { from: isoDate(y, m, 1), to: lastDayOfMonth(y, m), label: '本月' };
    case '季': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return { from: isoDate(y, first, 1), to: lastDayOfMonth(y, first + 2), label: '本季度' };
    }
    case '半年':
      return m <= 6
        ? { from: isoDate(y, 1, 1), to: lastDayOfMonth(y, 6), label: '上半年' }
        : { from: isoDate(y, 7, 1), to: lastDayOfMonth(y, 12), label: '下半年' };
  }
}

async function officeReminder(
  db: Db,
  calendar: WorkCalendar,
  today: string,
  rule: DeadlineRule,
  settings: Settings,
): Promise<KeptReminder | null> {
  const { trigger, doneBy } = rule;
  if (trigger.kind === 'monthly') {
    const day = trigger.daySetting ? settings[trigger.daySetting] : trigger.day;
    const { year: y, month: m } = parseDate(today);
    const deadline = isoDate(y, m, Math.min(day, daysInMonth(y, m)));
    const last = monthsAfter(y, m, -1);
    if (doneBy.kind === 'export') {
      const exported = await db
        .selectFrom('report_export')
        .select('id')
        .where('kind', '=', doneBy.report)
        .where('period_key', '=', periodKey({ kind: 'month', ...last }))
        .executeTakeFirst();
      if (exported) return null;
    }
    const situation = `上月（${chineseMonth(last.year, last.month)}）月报尚未导出`;
    return officeDuty(
      rule,
      dueFrom(calendar, deadline, rule.offset, rule.unit, `本月截止日（每月${day}日）`),
      today,
      situation,
    );
  }
  if (trigger.kind !== 'recurring' || trigger.every === '日') return null;
  const period = currentPeriod(today, trigger.every);
  let situation = '';
  if (doneBy.kind === 'count') {
    const needed = doneBy.countSetting ? settings[doneBy.countSetting] : doneBy.count;
    const def = registerDef(doneBy.register);
    const row = await db
      .selectFrom(def.table as RegisterTableName)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('deleted_at', 'is', null)
      .where(def.dateField, '>=', period.from)
      .where(def.dateField, '<=', period.to)
      .executeTakeFirstOrThrow();
    const have = Number(row.n);
    if (have >= needed) return null;
    situation = `${period.label}（${period.from}至${period.to}）${def.title}已登记${have}条，应不少于${needed}条`;
  } else if (doneBy.kind !== 'none') {
    return null;
  }
  return officeDuty(
    rule,
    dueFrom(calendar, period.to, rule.offset, rule.unit, `${period.label}期末`),
    today,
    situation,
  );
}
