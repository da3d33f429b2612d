import { RELEASED_STATE } from '../../../src-shared/codes';
import {
  addDays,
  addYears,
  chineseMonth,
  daysBetween,
  lastDayOfMonth,
  monthOf,
  monthsAfter,
} from '../../../src-shared/dates';
import { afterTermEvents } from '../../../src-shared/events';
import { registerDef } from '../../../src-shared/registers';
import type { DeadlineRule, Reminder, RuleUnit } from '../../../src-shared/rules';
import {
  addCalendarDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  type DueResult,
  type WorkCalendar,
} from '../../../src-shared/workdays';
import type { Dated, KeptReminder, Start, Subject } from './subjects';

// What the deadline rules make each person / case owe, worked out from the subjects as loaded: pure functions, no
// database. Choices the spec leaves open:
// - event trigger: the LATEST event of the trigger type counts; it is done when a doneBy event dated on or after
//   it exists. For doneBy 'result' (申请类) every application without a 结果 is open on its own; an 审批事项's 结果 is
//   the date or decision its source reads (src-shared/eventFields.ts), and the reminder names the application.
// - field trigger (end_date …): done when a doneBy event exists at all (期满鉴定 is recorded before 期满).
// - recurring 周 for a person: last completing event (else 报到（司法所）, else 报到日期 / 起始日期) + offset.
// - recurring 月 with unit 月 (月度考核, 实地查访): due at the END of the month `offset` months after the last
//   completing event's month — “每月考核” means once in each calendar month, not every 30 days.
// - a rule with 过期后不再提醒 (stopAfterDays) gives nothing once its due date is more than that many days past: a late
//   act is moot then (the 司法确认 window has closed). A reminder without a date (no holiday calendar) is kept.
// - a person who has finished the term (期满解矫) keeps only the rules started by an after-term event (解除宣告,
//   安置帮教衔接 …: the 安置帮教 hand-over, docs/spec/deadlines.md §B); 收监 / 死亡 / 迁出 leave this office's care entirely.

/** Where a person's recurring duties start from when none has been done yet. */
export const RECEIVED = '报到（司法所）';

/**
 * The reminders the enabled rules give these people / cases (all of one register); they share one subject object each.
 */
export function subjectReminders(
  calendar: WorkCalendar,
  today: string,
  rules: readonly DeadlineRule[],
  subjects: readonly Subject[],
): KeptReminder[] {
  const reminders: KeptReminder[] = [];
  const register = subjects[0]?.register;
  const applying = rules.filter((rule) => rule.enabled && rule.subject === register);
  const afterTerm = applying.filter(followsAfterTerm);
  for (const subject of subjects) {
    const ref = { register: subject.register, id: subject.id, name: subject.name };
    for (const rule of subject.row['state'] === RELEASED_STATE ? afterTerm : applying) {
      for (const start of subjectStarts(rule, subject)) {
        if (!holds(rule, subject, start)) continue;
        const reminder = keptReminder(calendar, rule, ref, start, today);
        if (reminder) reminders.push(reminder);
      }
    }
  }
  return reminders;
}

/** Whether the rule's conditions (帮教类别, 指数等级, the years since release) hold for this subject and start. */
function holds(rule: DeadlineRule, subject: Subject, start: Start): boolean {
  return (rule.applies ?? []).every((condition) => {
    const value = subject.row[condition.field];
    if (condition.kind === 'value') return typeof value === 'string' && condition.values.includes(value);
    if (typeof value !== 'string' || value === '') return false;
    return start.date >= addYears(value, condition.from) && start.date < addYears(value, condition.to);
  });
}

/** The fields a rule's conditions read, so the subjects are loaded with them. */
export function conditionFields(rule: DeadlineRule): string[] {
  return (rule.applies ?? []).map((condition) => condition.field);
}

function followsAfterTerm(rule: DeadlineRule): boolean {
  return rule.trigger.kind === 'event' && (afterTermEvents as readonly string[]).includes(rule.trigger.event);
}

/** The event types `rules` read: what starts and what completes them, and where a recurring duty starts from. */
export function eventTypesRead(rules: readonly DeadlineRule[]): string[] {
  const types = new Set<string>();
  for (const { trigger, doneBy } of rules) {
    if (trigger.kind === 'event') types.add(trigger.event);
    if (doneBy.kind === 'event') types.add(doneBy.event);
    if (trigger.kind === 'recurring') types.add(trigger.startsAfter ?? RECEIVED);
  }
  return [...types];
}

type OnDate = Dated & { date: string };

function latest(events: Dated[], type: string): OnDate | null {
  let found: OnDate | null = null;
  for (const e of events)
    if (e.type === type && e.date !== null && (found === null || e.date >= found.date)) found = { ...e, date: e.date };
  return found;
}

/** Done by an event on or after `since`; a field without a date (矫正小组成员 filled) is done whenever it is. */
const doneSince = (events: Dated[], type: string, since: string) =>
  events.some((e) => e.type === type && (e.date === null || e.date >= since));

/** Where the open deadlines one rule gives one person / case are counted from. */
function subjectStarts(rule: DeadlineRule, subject: Subject): Start[] {
  const { trigger, doneBy } = rule;
  if (trigger.kind === 'event') {
    if (doneBy.kind === 'result') {
      return subject.events.flatMap((e) =>
        e.type === trigger.event && e.result === null && e.date !== null
          ? [{ date: e.date, label: e.label ?? trigger.event, monthEnd: false, ...(e.about ? { about: e.about } : {}) }]
          : [],
      );
    }
    const start = latest(subject.events, trigger.event);
    if (!start) return [];
    if (doneBy.kind === 'event' && doneSince(subject.events, doneBy.event, start.date)) return [];
    return [{ date: start.date, label: trigger.event, monthEnd: false }];
  }
  if (trigger.kind === 'field') {
    const date = subject.row[trigger.field];
    if (typeof date !== 'string' || date === '') return [];
    if (doneBy.kind === 'event' && subject.events.some((e) => e.type === doneBy.event)) return [];
    const label = registerDef(subject.register).fields.find((f) => f.key === trigger.field)?.label ?? trigger.field;
    return [{ date, label, monthEnd: false }];
  }
  if (trigger.kind === 'recurring') {
    // 每日 duties (信息化核查) are statistics only: the ledger holds no per-check record to remind from.
    if (trigger.every === '日' || doneBy.kind !== 'event') return [];
    const anchor = recurringAnchor(subject, doneBy.event, trigger.startsAfter);
    if (!anchor) return [];
    return [{ ...anchor, monthEnd: trigger.every === '月' && rule.unit === '月' }];
  }
  return [];
}

function recurringAnchor(
  subject: Subject,
  doneEvent: string,
  startsAfter: string | undefined,
): { date: string; label: string } | null {
  const last = latest(subject.events, doneEvent);
  if (last) return { date: last.date, label: `上次${doneEvent}` };
  if (startsAfter !== undefined) {
    const first = latest(subject.events, startsAfter);
    return first ? { date: first.date, label: startsAfter } : null;
  }
  const received = latest(subject.events, RECEIVED);
  if (received) return { date: received.date, label: RECEIVED };
  const def = registerDef(subject.register);
  for (const key of ['report_date', def.dateField]) {
    const value = subject.row[key];
    if (typeof value === 'string' && value !== '')
      return { date: value, label: def.fields.find((f) => f.key === key)?.label ?? key };
  }
  return null;
}

export function dueFrom(
  calendar: WorkCalendar,
  trigger: string,
  offset: number,
  unit: RuleUnit,
  label: string,
): DueResult {
  switch (unit) {
    case '工作日':
      return addWorkingDays(calendar, trigger, offset, label);
    case '自然日':
      return addCalendarDays(trigger, offset, label);
    case '周':
      return addWeeks(trigger, offset, label);
    case '月':
      return addMonths(trigger, offset, label);
  }
}

/** The last day of the month `months` after the trigger's month, explained. */
function monthEnd(trigger: string, months: number, label: string): DueResult {
  const { year, month } = monthOf(trigger);
  const at = monthsAfter(year, month, months);
  const due = lastDayOfMonth(at.year, at.month);
  const which = months === 0 ? '当月' : months === 1 ? '次月' : `第${months}个月`;
  return {
    ok: true,
    due,
    counted: [],
    skipped: [],
    explanation: `${label} ${trigger}，${which}（${chineseMonth(at.year, at.month)}）月末 = ${due}`,
  };
}

/** How a person's / case's due date was counted: which working days, which holidays passed over. */
export function explainDue(calendar: WorkCalendar, rule: DeadlineRule, start: Start): string {
  const due = start.monthEnd
    ? monthEnd(start.date, rule.offset, start.label)
    : dueFrom(calendar, start.date, rule.offset, rule.unit, start.label);
  return due.ok ? due.explanation + stopClause(rule, due.due) : due.message;
}

/** When a rule with 过期后不再提醒 stops reminding: the clerk reading an overdue item learns how long it stays. */
function stopClause(rule: DeadlineRule, due: string): string {
  const days = rule.stopAfterDays;
  if (days === undefined) return '';
  const gone = addDays(due, days + 1);
  return days === 0 ? `；过期即不再提醒（${gone}起）` : `；超过期限${days}天后不再提醒（${gone}起）`;
}

/** The due date alone, or null where the holiday calendar lacks a year (working days). */
function dueDate(calendar: WorkCalendar, rule: DeadlineRule, start: Start): string | null {
  if (start.monthEnd) {
    const { year, month } = monthOf(start.date);
    const at = monthsAfter(year, month, rule.offset);
    return lastDayOfMonth(at.year, at.month);
  }
  switch (rule.unit) {
    case '自然日':
      return addDays(start.date, rule.offset);
    case '周':
      return addDays(start.date, 7 * rule.offset);
    default: {
      const due = dueFrom(calendar, start.date, rule.offset, rule.unit, start.label);
      return due.ok ? due.due : null;
    }
  }
}

/** Null once the rule's 过期后不再提醒 has passed: the act is moot and nothing is shown. */
function keptReminder(
  calendar: WorkCalendar,
  rule: DeadlineRule,
  subject: Reminder['subject'],
  start: Start,
  today: string,
): KeptReminder | null {
  const { code: ruleCode, task, basis, doneBy } = rule;
  const because = { start, rule, calendar };
  const recurring = rule.trigger.kind === 'recurring';
  // Which of the person's applications it is, when one kind of list holds many: 外出（七日以内）申请（…收到）：3 日内…
  const said = start.about ? `${start.about}：${task}` : task;
  const kept = { ruleCode, subject, task: said, basis, doneBy, recurring, situation: null };
  const due = dueDate(calendar, rule, start);
  if (due === null) return { ...kept, due: null, daysLeft: null, status: 'no-calendar', because };
  const daysLeft = daysBetween(today, due);
  if (lapsed(rule, daysLeft)) return null;
  return { ...kept, due, daysLeft, status: statusOf(daysLeft), because };
}

/** Whether a reminder `daysLeft` from its due date (negative: overdue) is past the rule's 过期后不再提醒. */
export function lapsed(rule: Pick<DeadlineRule, 'stopAfterDays'>, daysLeft: number): boolean {
  return rule.stopAfterDays !== undefined && -daysLeft > rule.stopAfterDays;
}

/**
 * The most calendar days a deadline of `offset` `unit` can lie after its start: exact for 自然日 and 周, a month at its
 * longest, and for 工作日 twice the days plus the longest holiday with its weekends — a bound, not the date.
 */
function longestSpan(offset: number, unit: RuleUnit): number {
  switch (unit) {
    case '自然日':
      return offset;
    case '周':
      return 7 * offset;
    case '月':
      return offset >= 0 ? 31 * offset : -28 * -offset;
    case '工作日':
      return 2 * offset + 30;
  }
}

/**
 * The earliest start from which a rule can still give a reminder today; null when any start can (no 过期后不再提醒).
 * Loading reads only the records started since (loading.ts): ten years of cases whose 司法确认 window closed long
 * ago need not be read to find that they owe nothing. keptReminder decides the exact day.
 */
export function earliestLiveStart(rule: DeadlineRule, today: string): string | null {
  if (rule.stopAfterDays === undefined) return null;
  return addDays(today, -rule.stopAfterDays - longestSpan(rule.offset, rule.unit));
}

export function statusOf(daysLeft: number): Reminder['status'] {
  return daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'today' : daysLeft <= 7 ? 'week' : 'later';
}
