import { sql, type Kysely } from 'kysely';
import { afterTermEvents, EVENT_KIND } from '../../../src-shared/events';
import { columnFields, registerDef } from '../../../src-shared/registers';
import type { RegisterKey, RegisterDef } from '../../../src-shared/registers';
import type { DeadlineRule, Reminder, RuleUnit } from '../../../src-shared/rules';
import type { Settings } from '../../../src-shared/settings';
import {
  addCalendarDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  daysUntil,
  shiftDays,
  type DueResult,
  type WorkCalendar,
} from '../../../src-shared/workdays';
import type { LedgerDatabase, RegisterTableName } from '../db/schema';
import { periodKey } from '../reports/periodKey';
import { readSettings } from '../settings';

// Deadline reminders, computed on demand from the ledger (nothing is stored): for every enabled rule, every live
// person / case it applies to, and the office's own duties. Choices the spec leaves open:
// - event trigger: the LATEST event of the trigger type counts; it is done when a doneBy event dated on or after
//   it exists. For doneBy 'result' (申请类) every application without a 结果 is open on its own.
// - field trigger (end_date …): done when a doneBy event exists at all (期满鉴定 is recorded before 期满).
// - recurring 周 for a person: last completing event (else 报到（司法所）, else 报到日期 / 起始日期) + offset.
// - recurring 月 with unit 月 (月度考核, 实地查访): due at the END of the month `offset` months after the last
//   completing event's month — “每月考核” means once in each calendar month, not every 30 days.
// - office duties: the current week (周一–周日) / half-month (1–15, 16–月末) / month / quarter; done when enough
//   records are dated in it. MR-01: this month's deadline day; done when last month's 月报 was exported.
// - a person who has finished the term (期满解矫) keeps only the rules started by an after-term event (解除宣告,
//   安置帮教衔接 …: the 安置帮教 hand-over, deadlines.md §B); 收监 / 死亡 / 迁出 leave this office's care entirely.

type Db = Kysely<LedgerDatabase>;
type Dated = { type: string; date: string; result: string | null };
type Subject = { register: RegisterKey; id: number; name: string; row: Record<string, unknown>; events: Dated[] };
export type SubjectRef = { register: RegisterKey; id: number };

/** What a person's or case's deadline is counted from: its date now, its explanation only if shown. */
type Start = { date: string; label: string; monthEnd: boolean };

/**
 * A reminder as kept and sorted. Its explanation is worked out only when it is shown: a county has 45,000 reminders
 * and 首页 shows a hundred, and writing every one out was a fifth of working them all out (npm run bench, issue 7).
 */
export interface KeptReminder extends Omit<Reminder, 'explanation'> {
  readonly because:
    { readonly text: string } | { readonly start: Start; readonly rule: DeadlineRule; readonly calendar: WorkCalendar };
}

/** The reminder as the API sends it, with its explanation. */
export function shown(reminder: KeptReminder): Reminder {
  const { because, ...rest } = reminder;
  return { ...rest, explanation: 'text' in because ? because.text : explained(reminder, because) };
}

/**
 * Explanations written out, by kept reminder: 首页 shows the same soonest ones visit after visit, and spelling out
 * which working days were counted is most of what showing eighty of them costs.
 */
const explanations = new WeakMap<KeptReminder, string>();

function explained(
  reminder: KeptReminder,
  { calendar, rule, start }: Extract<KeptReminder['because'], { start: Start }>,
): string {
  let text = explanations.get(reminder);
  if (text === undefined) explanations.set(reminder, (text = explain(calendar, rule, start)));
  return text;
}

function explain(calendar: WorkCalendar, rule: DeadlineRule, start: Start): string {
  const due = start.monthEnd
    ? monthEnd(start.date, rule.offset, start.label)
    : dueFrom(calendar, start.date, rule.offset, rule.unit, start.label);
  return due.ok ? due.explanation : due.message;
}

/** The registers whose records have deadlines of their own: people under correction and mediation cases. */
export const SUBJECT_REGISTERS = ['correctionSubject', 'mediationCase'] as const satisfies readonly RegisterKey[];

/** Every open reminder (or only those of one person / case), soonest first. */
export async function computeReminders(
  db: Db,
  calendar: WorkCalendar,
  today: string,
  rules: readonly DeadlineRule[],
  only?: SubjectRef,
): Promise<KeptReminder[]> {
  const reminders = await subjectsReminders(
    db,
    calendar,
    today,
    rules,
    only ? { [only.register]: [only.id] } : undefined,
  );
  if (!only) reminders.push(...(await officeReminders(db, calendar, today, rules)));
  return sortReminders(reminders);
}

export type SubjectRegister = (typeof SUBJECT_REGISTERS)[number];

/** The reminders of every person and case that can owe something, or (`ids`) only of those, by register; unsorted. */
export async function subjectsReminders(
  db: Db,
  calendar: WorkCalendar,
  today: string,
  rules: readonly DeadlineRule[],
  ids?: Partial<Record<SubjectRegister, readonly number[]>>,
): Promise<KeptReminder[]> {
  const reminders: KeptReminder[] = [];
  for (const register of SUBJECT_REGISTERS) {
    if (ids && !ids[register]) continue;
    reminders.push(
      ...subjectReminders(calendar, today, rules, await loadSubjects(db, register, today, rules, ids?.[register])),
    );
  }
  return reminders;
}

/** Soonest first; ties in a fixed order (rule, then book and record), however the list was put together. */
export function compareReminders(a: KeptReminder, b: KeptReminder): number {
  return (
    compareText(a.due ?? '', b.due ?? '') ||
    compareText(a.ruleCode, b.ruleCode) ||
    compareText(a.subject?.register ?? '', b.subject?.register ?? '') ||
    (a.subject?.id ?? 0) - (b.subject?.id ?? 0) ||
    compareText(tie(a), tie(b))
  );
}

/** Two applications of one person due the same day: by what they count from. */
function tie(reminder: KeptReminder): string {
  const { because } = reminder;
  return 'text' in because ? because.text : `${because.start.date} ${because.start.label}`;
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

export function sortReminders(reminders: KeptReminder[]): KeptReminder[] {
  return reminders.sort(compareReminders);
}

/**
 * Two sorted lists as one, without sorting thousands of kept reminders again for a handful of new ones: each of `b`
 * is placed by binary search, and the runs of `a` between are copied without comparing (a county's 45,000 reminders
 * took 5 ms to merge one by one with the office's few duties on every 首页; npm run bench).
 */
export function mergeReminders(a: readonly KeptReminder[], b: readonly KeptReminder[]): KeptReminder[] {
  const merged: KeptReminder[] = [];
  let from = 0;
  for (const item of b) {
    const at = firstAfter(a, item, from);
    for (let i = from; i < at; i++) merged.push(a[i]!);
    merged.push(item);
    from = at;
  }
  for (let i = from; i < a.length; i++) merged.push(a[i]!);
  return merged;
}

/** The first index from `from` on whose reminder sorts after `item` (equal ones of `a` stay first). */
function firstAfter(a: readonly KeptReminder[], item: KeptReminder, from: number): number {
  let [low, high] = [from, a.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareReminders(a[middle]!, item) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The reminders the enabled rules give these people / cases (all of one register); they share one subject object each. */
function subjectReminders(
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
    for (const rule of subject.row['state'] === RELEASED ? afterTerm : applying) {
      for (const start of subjectStarts(rule, subject)) reminders.push(keptReminder(calendar, rule, ref, start, today));
    }
  }
  return reminders;
}

/** The office's own duties (§D): 月报, 排查 twice a month, 典型案例 …; a few counts, read afresh on every call. */
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

const SERVING = '在矫';
const RELEASED = '期满解矫';

function followsAfterTerm(rule: DeadlineRule): boolean {
  return rule.trigger.kind === 'event' && (afterTermEvents as readonly string[]).includes(rule.trigger.event);
}

/**
 * How far back a record can still owe something. A case's 司法确认 notice and 回访 fall weeks after its agreement; the
 * 安置帮教 hand-over and 入帮评估 within weeks of the term's end. Older records would only repeat the same years-old
 * overdue items, and reading ten years of them made 首页 take seconds (npm run bench, issue 7).
 */
const CASE_HORIZON_YEARS = 2;
const RELEASED_HORIZON_YEARS = 1;
/** Subjects' ids this dense (at least one in two between the lowest and the highest) have their events read as a run. */
const DENSE_IDS = 2;

function yearsBefore(today: string, years: number): string {
  return `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
}

/**
 * The columns a rule can read: the name, the dates a recurring duty may start from, the state, and the fields rules
 * trigger on. Not the whole row: a case's parties, agreement and search text made reading two years of cases slow.
 */
function subjectColumns(def: RegisterDef, rules: readonly DeadlineRule[]): string[] {
  const wanted = new Set(['state', 'report_date', def.summaryField, def.dateField]);
  for (const rule of rules)
    if (rule.subject === def.key && rule.trigger.kind === 'field') wanted.add(rule.trigger.field);
  return [
    'id',
    ...columnFields(def)
      .map((f) => f.key)
      .filter((key) => wanted.has(key)),
  ];
}

/** The event types `rules` read: what starts and what completes them, and where a recurring duty starts from. */
function eventTypesRead(rules: readonly DeadlineRule[]): string[] {
  const types = new Set<string>();
  for (const { trigger, doneBy } of rules) {
    if (trigger.kind === 'event') types.add(trigger.event);
    if (doneBy.kind === 'event') types.add(doneBy.event);
    if (trigger.kind === 'recurring') types.add(RECEIVED);
  }
  return [...types];
}

/**
 * The live people / cases of a register that can owe something today, with the events their rules read; only those
 * of `ids` when given (the ids that are not, or no longer, such a subject are simply absent from the result).
 */
async function loadSubjects(
  db: Db,
  register: RegisterKey,
  today: string,
  rules: readonly DeadlineRule[],
  ids?: readonly number[],
): Promise<Subject[]> {
  const applying = rules.filter((r) => r.enabled && r.subject === register);
  if (applying.length === 0 || ids?.length === 0) return [];
  const def = registerDef(register);
  let subjects = db.selectFrom(def.table as RegisterTableName).where('deleted_at', 'is', null);
  // People under correction have deadlines; those released at the end of the term only their 安置帮教 ones.
  if (register === 'correctionSubject') {
    const releasedSince = yearsBefore(today, RELEASED_HORIZON_YEARS);
    // Spelled so that SQLite reads them through the index of 状态 (an OR of the two would read every person).
    subjects = subjects
      .where('state', 'in', [SERVING, RELEASED])
      .where((eb) => eb.or([eb('state', '=', SERVING), eb('end_date', '>=', releasedSince)]));
  }
  if (register === 'mediationCase')
    subjects = subjects.where('accept_date', '>=', yearsBefore(today, CASE_HORIZON_YEARS));
  if (ids) subjects = subjects.where('id', 'in', [...ids]);
  const span = await subjects
    .select((eb) => [
      eb.fn.min<number>(sql`id`).as('lowest'),
      eb.fn.max<number>(sql`id`).as('highest'),
      eb.fn.countAll<number>().as('n'),
    ])
    .executeTakeFirstOrThrow();
  if (Number(span.n) === 0) return [];

  // The events first, only of the types the rules read, their type and 结果 read by SQLite (parsing every event's
  // JSON here was a fifth of a county's 首页). The kinds and the type are spelled as in the partial index
  // record_entry_events (migration 0011), which then answers alone.
  const types = eventTypesRead(applying);
  const type = sql<unknown>`json_extract(data, '$.type')`;
  let events = db
    .selectFrom('record_entry')
    .select(['record_id', 'kind', 'entry_date'])
    .select([type.as('type'), sql<unknown>`json_extract(data, '$.result')`.as('result')])
    .where('register', '=', register)
    .where(sql<boolean>`kind IN (${sql.lit(EVENT_KIND)}, ${sql.lit(FIELD_VISIT_KIND)})`)
    .where((eb) => {
      const typed = eb(type, 'in', types.length > 0 ? types : ['']);
      // A 实地查访登记表 entry is a 实地查访 just as an event of that type is.
      return types.includes(FIELD_VISIT) ? eb.or([typed, eb('kind', '=', FIELD_VISIT_KIND)]) : typed;
    });
  const [lowest, highest] = [Number(span.lowest), Number(span.highest)];
  if (highest - lowest < DENSE_IDS * Number(span.n)) {
    // Two years of cases are mostly one run of ids: reading the index from the first to the last is half the work
    // of looking each case up; the few others' events in between are simply not asked for below.
    events = events.where('record_id', '>=', lowest).where('record_id', '<=', highest);
  } else {
    // The subjects as a subquery, not a list of ids: ten years of cases exceed SQLite's limit on bound variables.
    events = events.where('record_id', 'in', subjects.select(sql<number>`id`.as('id')));
  }
  const eventsOf = new Map<number, Dated[]>();
  for (const e of await events.orderBy('record_id').orderBy('kind').orderBy('seq').execute()) {
    if (e.entry_date === null) continue;
    const event: Dated =
      e.kind === FIELD_VISIT_KIND
        ? { type: FIELD_VISIT, date: e.entry_date, result: null }
        : {
            type: String(e.type),
            date: e.entry_date,
            result: typeof e.result === 'string' && e.result.trim() !== '' ? e.result : null,
          };
    const list = eventsOf.get(e.record_id);
    if (list) list.push(event);
    else eventsOf.set(e.record_id, [event]);
  }

  // When every rule starts from an event (a case's), only the records with such an event can owe anything: of two
  // years of a county's cases, a quarter.
  if (applying.every((rule) => rule.trigger.kind === 'event')) {
    const starts = new Set(applying.map((rule) => (rule.trigger as { event: string }).event));
    const started = [...eventsOf].filter(([, list]) => list.some((e) => starts.has(e.type))).map(([id]) => id);
    if (started.length === 0) return [];
    subjects = subjects.where('id', 'in', sql<number>`(SELECT value FROM json_each(${JSON.stringify(started)}))`);
  }
  // In no particular order: the reminders are sorted at the end, ties by record.
  const rows = (await subjects.select(subjectColumns(def, rules) as never[]).execute()) as Record<string, unknown>[];
  return rows.map((row) => {
    const id = Number(row['id']);
    return { register, id, name: subjectName(def, row), row, events: eventsOf.get(id) ?? [] };
  });
}

/** 实地查访登记表 entries, which count as 实地查访 events. */
const FIELD_VISIT_KIND = 'fieldVisit';
const FIELD_VISIT = '实地查访';
/** Where a person's recurring duties start from when none has been done yet. */
const RECEIVED = '报到（司法所）';

function subjectName(def: RegisterDef, row: Record<string, unknown>): string {
  const value = row[def.summaryField];
  return typeof value === 'string' && value !== '' ? value : `${def.title}第${String(row['id'])}号`;
}

function latest(events: Dated[], type: string): Dated | null {
  let found: Dated | null = null;
  for (const e of events) if (e.type === type && (found === null || e.date >= found.date)) found = e;
  return found;
}

/** Where the open deadlines one rule gives one person / case are counted from. */
function subjectStarts(rule: DeadlineRule, subject: Subject): Start[] {
  const { trigger, doneBy } = rule;
  if (trigger.kind === 'event') {
    if (doneBy.kind === 'result') {
      return subject.events
        .filter((e) => e.type === trigger.event && e.result === null)
        .map((e) => ({ date: e.date, label: trigger.event, monthEnd: false }));
    }
    const start = latest(subject.events, trigger.event);
    if (!start) return [];
    if (doneBy.kind === 'event' && subject.events.some((e) => e.type === doneBy.event && e.date >= start.date))
      return [];
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
    const anchor = recurringAnchor(subject, doneBy.event);
    if (!anchor) return [];
    return [{ ...anchor, monthEnd: trigger.every === '月' && rule.unit === '月' }];
  }
  return [];
}

function recurringAnchor(subject: Subject, doneEvent: string): { date: string; label: string } | null {
  const last = latest(subject.events, doneEvent);
  if (last) return { date: last.date, label: `上次${doneEvent}` };
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

/** The year and month `months` after the trigger's month. */
function monthAfter(trigger: string, months: number): { ty: number; tm: number } {
  const index = Number(trigger.slice(0, 4)) * 12 + (Number(trigger.slice(5, 7)) - 1) + months;
  const ty = Math.floor(index / 12);
  return { ty, tm: index - ty * 12 + 1 };
}

/** The last day of the month `months` after the trigger's month. */
function monthEnd(trigger: string, months: number, label: string): DueResult {
  const { ty, tm } = monthAfter(trigger, months);
  const due = lastDayOf(ty, tm);
  const which = months === 0 ? '当月' : months === 1 ? '次月' : `第${months}个月`;
  return {
    ok: true,
    due,
    counted: [],
    skipped: [],
    explanation: `${label} ${trigger}，${which}（${ty}年${tm}月）月末 = ${due}`,
  };
}

function lastDayOf(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The due date alone, or null where the holiday calendar lacks a year (working days). */
function dueDate(calendar: WorkCalendar, rule: DeadlineRule, start: Start): string | null {
  if (start.monthEnd) {
    const { ty, tm } = monthAfter(start.date, rule.offset);
    return lastDayOf(ty, tm);
  }
  switch (rule.unit) {
    case '自然日':
      return shiftDays(start.date, rule.offset);
    case '周':
      return shiftDays(start.date, 7 * rule.offset);
    default: {
      const due = dueFrom(calendar, start.date, rule.offset, rule.unit, start.label);
      return due.ok ? due.due : null;
    }
  }
}

function keptReminder(
  calendar: WorkCalendar,
  rule: DeadlineRule,
  subject: Reminder['subject'],
  start: Start,
  today: string,
): KeptReminder {
  const { code: ruleCode, task, basis } = rule;
  const because = { start, rule, calendar };
  const due = dueDate(calendar, rule, start);
  if (due === null)
    return { ruleCode, subject, task, basis, due: null, daysLeft: null, status: 'no-calendar', because };
  const daysLeft = daysUntil(today, due);
  return { ruleCode, subject, task, basis, due, daysLeft, status: statusOf(daysLeft), because };
}

function statusOf(daysLeft: number): Reminder['status'] {
  return daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'today' : daysLeft <= 7 ? 'week' : 'later';
}

/** An office duty's reminder, explained at once: there are a handful. */
function officeDuty(rule: DeadlineRule, due: DueResult, today: string, prefix: string): KeptReminder {
  const { code: ruleCode, task, basis } = rule;
  if (!due.ok)
    return {
      ruleCode,
      subject: null,
      task,
      basis,
      due: null,
      daysLeft: null,
      status: 'no-calendar',
      because: { text: prefix + due.message },
    };
  const daysLeft = daysUntil(today, due.due);
  return {
    ruleCode,
    subject: null,
    task,
    basis,
    due: due.due,
    daysLeft,
    status: statusOf(daysLeft),
    because: { text: prefix + due.explanation },
  };
}

// ---------------------------------------------------------------------------
// Office duties (RM-04/05, §D)

function ymd(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The period of a recurring office duty that contains today. */
function currentPeriod(today: string, every: '周' | '半月' | '月' | '季'): { from: string; to: string; label: string } {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  switch (every) {
    case '周': {
      const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // 0 = Monday
      return { from: shiftDays(today, -weekday), to: shiftDays(today, 6 - weekday), label: '本周' };
    }
    case '半月':
      return d <= 15
        ? { from: ymd(y, m, 1), to: ymd(y, m, 15), label: '本月上半月' }
        : { from: ymd(y, m, 16), to: lastDayOf(y, m), label: '本月下半月' };
    case '月':
      return { from: ymd(y, m, 1), to: lastDayOf(y, m), label: '本月' };
    case '季': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return { from: ymd(y, first, 1), to: lastDayOf(y, first + 2), label: '本季度' };
    }
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
    const [y, m] = today.split('-').map(Number) as [number, number];
    const deadline = ymd(y, m, Math.min(day, Number(lastDayOf(y, m).slice(8))));
    const last = m === 1 ? { year: y - 1, month: 12 } : { year: y, month: m - 1 };
    if (doneBy.kind === 'export') {
      const exported = await db
        .selectFrom('report_export')
        .select('id')
        .where('kind', '=', doneBy.report)
        .where('period_key', '=', periodKey({ kind: 'month', ...last }))
        .executeTakeFirst();
      if (exported) return null;
    }
    const prefix = `上月（${last.year}年${last.month}月）月报尚未导出；`;
    return officeDuty(
      rule,
      dueFrom(calendar, deadline, rule.offset, rule.unit, `本月截止日（每月${day}日）`),
      today,
      prefix,
    );
  }
  if (trigger.kind !== 'recurring' || trigger.every === '日') return null;
  const period = currentPeriod(today, trigger.every);
  let prefix = '';
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
    prefix = `${period.label}（${period.from} 至 ${period.to}）${def.title}已登记 ${have} 条，应不少于 ${needed} 条；`;
  } else if (doneBy.kind !== 'none') {
    return null;
  }
  return officeDuty(rule, dueFrom(calendar, period.to, rule.offset, rule.unit, `${period.label}期末`), today, prefix);
}
