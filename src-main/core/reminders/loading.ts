import { sql, type Kysely } from 'kysely';
import {
  entryEvents,
  eventSources,
  isFilled,
  readsWholeEntry,
  type EntrySource,
  type EventSource,
} from '../../../src-shared/eventFields';
import { EVENT_KIND } from '../../../src-shared/events';
import { columnFields, fieldDef, registerDef } from '../../../src-shared/registers';
import type { RegisterDef, RegisterKey } from '../../../src-shared/registers';
import type { DeadlineRule } from '../../../src-shared/rules';
import type { LedgerDatabase } from '../db/schema';
import { behaviours } from '../registers/behaviour';
import { conditionFields, earliestLiveStart, eventTypesRead } from './deadlines';
import type { Dated, Subject } from './subjects';
import { liveRecords } from './subjectScope';

// Reading the people and cases that can owe something, with the events their rules read. The queries are shaped for
// SQLite's planner (tests/unit/listPlans.test.ts checks the plans; npm run bench measures them): change their
// wording only with both at hand.

type Db = Kysely<LedgerDatabase>;

/**
 * Subjects' ids this dense (at least one in two between the lowest and the highest) have their events read as a run.
 */
const DENSE_IDS = 2;

/** The form's own homes of the events this register's rules read (eventFields.ts). */
function sourcesRead(register: RegisterKey, types: readonly string[]): EventSource[] {
  const all = (eventSources as Partial<Record<RegisterKey, readonly EventSource[]>>)[register] ?? [];
  return all.filter((source) => types.includes(source.event));
}

/**
 * The entry kinds read as events: 事件记录 and every child list that is an event (实地查访). Spelled in full whatever
 * the register, as in the partial index record_entry_events (migration 0023), which then answers alone.
 */
const EVENT_ENTRY_KINDS = [
  EVENT_KIND,
  ...new Set(
    Object.values(eventSources)
      .flat()
      .flatMap((s) => (s.kind === 'entries' ? [s.entryKind] : [])),
  ),
];

/**
 * The columns a rule can read: the name, the dates a recurring duty may start from, the state, the fields rules
 * trigger on and the fields that are events. Not the whole row: a case's parties, agreement and search text made
 * reading two years of cases slow.
 */
function subjectColumns(def: RegisterDef, rules: readonly DeadlineRule[], sources: readonly EventSource[]): string[] {
  const wanted = new Set(['state', 'report_date', def.summaryField, def.dateField]);
  for (const rule of rules) {
    if (rule.subject !== def.key) continue;
    if (rule.trigger.kind === 'field') wanted.add(rule.trigger.field);
    for (const field of conditionFields(rule)) wanted.add(field);
  }
  for (const source of sources) if (source.kind !== 'entries') wanted.add(source.field);
  return [
    'id',
    ...columnFields(def)
      .map((f) => f.key)
      .filter((key) => wanted.has(key)),
  ];
}

/** A subject's events as read: those its child lists' entries are (the form's), and its 事件记录. */
type Read = { entries: Dated[]; logged: Dated[] };

/**
 * A subject's events: its 事件记录 and child-list entries as read, and the form's fields that are events. One fact
 * recorded both on the form and as an event (ledgers from before the fields counted) is one event: a 事件记录 of a
 * type that has a home on the form counts only on a date the form does not already hold it, and once a date. The
 * form's own entries all count: two applications received on one day are two.
 */
function eventsOf(row: Record<string, unknown>, read: Read | undefined, sources: readonly EventSource[]): Dated[] {
  const fromForm: Dated[] = [...(read?.entries ?? [])];
  for (const source of sources) {
    const value = row[source.field];
    if (source.kind === 'date' && typeof value === 'string' && value !== '')
      fromForm.push({ type: source.event, date: value, result: null });
    else if (source.kind === 'filled' && isFilled(value))
      fromForm.push({ type: source.event, date: null, result: null });
  }
  const logged = read?.logged ?? [];
  if (sources.length === 0) return logged;
  const homed = new Set<string>(sources.map((s) => s.event));
  const key = (event: Dated) => `${event.type}\u0000${event.date ?? ''}`;
  const seen = new Set<string>(fromForm.map(key));
  const events: Dated[] = fromForm;
  for (const event of logged) {
    if (homed.has(event.type)) {
      if (seen.has(key(event))) continue;
      seen.add(key(event));
    }
    events.push(event);
  }
  return events;
}

/** How the explanation names the day an entry's event is counted from: its date field's label (收到申请日期). */
function dateLabel(def: RegisterDef, source: EntrySource): string {
  const date = source.dateField ?? 'date';
  return fieldDef(def, source.field)?.entry?.fields.find((f) => f.key === date)?.label ?? source.event;
}

/**
 * The live people / cases of a register that can owe something today, with the events their rules read; only those
 * of `ids` when given (the ids that are not, or no longer, such a subject are simply absent from the result).
 */
export async function loadSubjects(
  db: Db,
  register: RegisterKey,
  today: string,
  rules: readonly DeadlineRule[],
  ids?: readonly number[],
): Promise<Subject[]> {
  const applying = rules.filter((r) => r.enabled && r.subject === register);
  if (applying.length === 0 || ids?.length === 0) return [];
  const def = registerDef(register);
  let subjects = liveRecords(db, def);
  const narrow = behaviours[register].deadlines?.scope;
  if (narrow) subjects = narrow(subjects, today);
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
  // record_entry_events (migrations 0011, 0019, 0023), which then answers alone.
  const types = eventTypesRead(applying);
  const sources = sourcesRead(register, types);
  const entrySources = sources.filter((s): s is EntrySource => s.kind === 'entries');
  // The lists read whole (审批事项: their own dates and 决定) are few, and read apart: the others by their type and
  // date alone, which the index answers.
  const wholeKinds = new Set(entrySources.filter(readsWholeEntry).map((s) => s.entryKind));
  const entryKinds = new Set(entrySources.map((s) => s.entryKind).filter((kind) => !wholeKinds.has(kind)));
  const type = sql<unknown>`json_extract(data, '$.type')`;
  let events = db
    .selectFrom('record_entry')
    .select(['record_id', 'kind', 'entry_date'])
    .select([type.as('type'), sql<unknown>`json_extract(data, '$.result')`.as('result')])
    .where('register', '=', register)
    .where(sql<boolean>`kind IN (${sql.join(EVENT_ENTRY_KINDS.map((k) => sql.lit(k)))})`)
    .where((eb) => {
      const typed = eb(type, 'in', types.length > 0 ? types : ['']);
      // A 实地查访登记表 entry is a 实地查访 just as an event of that type is.
      return entryKinds.size > 0 ? eb.or([typed, eb('kind', 'in', [...entryKinds])]) : typed;
    });
  // Looked up person by person (register, record_id, kind): a run of ids would read every entry in between.
  const whole = db
    .selectFrom('record_entry')
    .select(['record_id', 'kind', 'data'])
    .where('register', '=', register)
    .where('record_id', 'in', subjects.select(sql<number>`id`.as('id')))
    .where('kind', 'in', wholeKinds.size > 0 ? [...wholeKinds] : ['']);
  const [lowest, highest] = [Number(span.lowest), Number(span.highest)];
  if (highest - lowest < DENSE_IDS * Number(span.n)) {
    // Two years of cases are mostly one run of ids: reading the index from the first to the last is half the work
    // of looking each case up; the few others' events in between are simply not asked for below.
    events = events.where('record_id', '>=', lowest).where('record_id', '<=', highest);
  } else {
    // The subjects as a subquery, not a list of ids: ten years of cases exceed SQLite's limit on bound variables.
    events = events.where('record_id', 'in', subjects.select(sql<number>`id`.as('id')));
  }
  const recorded = new Map<number, Read>();
  const readOf = (id: number): Read => {
    let read = recorded.get(id);
    if (!read) recorded.set(id, (read = { entries: [], logged: [] }));
    return read;
  };
  for (const e of await events.orderBy('record_id').orderBy('kind').orderBy('seq').execute()) {
    if (e.entry_date === null) continue;
    if (entryKinds.has(e.kind)) {
      // An entry of a list read for some of its types only (评估: 入帮 but not 即时) is no event of these rules.
      for (const { source, date } of entryEvents(sources, e.kind, { type: e.type, date: e.entry_date }))
        readOf(e.record_id).entries.push({ type: source.event, date, result: null });
      continue;
    }
    readOf(e.record_id).logged.push({
      type: String(e.type),
      date: e.entry_date,
      result: typeof e.result === 'string' && e.result.trim() !== '' ? e.result : null,
    });
  }
  if (wholeKinds.size > 0)
    for (const e of await whole.orderBy('record_id').orderBy('kind').orderBy('seq').execute()) {
      const entry = JSON.parse(e.data) as Record<string, unknown>;
      for (const { source, date, result, about } of entryEvents(sources, e.kind, entry))
        readOf(e.record_id).entries.push({
          type: source.event,
          date,
          result,
          ...(about === null ? {} : { about, label: dateLabel(def, source) }),
        });
    }

  // When every rule starts from an event (a case's), only the records with such an event, or with the field that is
  // one, can owe anything: of two years of a county's cases, a part. Where every rule of a start stops reminding
  // some days after its due date (过期后不再提醒), only the records started since can (earliestLiveStart).
  if (applying.every((rule) => rule.trigger.kind === 'event')) {
    const starts = liveStarts(applying, today);
    const live = (e: Dated) => starts.has(e.type) && e.date !== null && e.date >= (starts.get(e.type) ?? '');
    const started = [...recorded]
      .filter(([, read]) => read.entries.some(live) || read.logged.some(live))
      .map(([id]) => id);
    const startFields = sources.flatMap((s) => (s.kind === 'date' && starts.has(s.event) ? [s] : []));
    if (started.length === 0 && startFields.length === 0) return [];
    subjects = subjects.where((eb) =>
      eb.or([
        eb('id', 'in', sql<number>`(SELECT value FROM json_each(${JSON.stringify(started)}))`),
        ...startFields.map(({ field, event }) => {
          const since = starts.get(event);
          const filled = since ? eb(sql.ref(field), '>=', since) : eb(sql.ref(field), 'is not', null);
          const doneIn = completingFields(applying, event, sources);
          if (doneIn === null) return filled;
          // Done on the form already (回访日期 on or after 履行期限届满日期): nothing is owed from that date.
          const open = doneIn.map((done) =>
            eb.or([eb(sql.ref(done), 'is', null), eb(sql.ref(done), '<', sql.ref(field))]),
          );
          return eb.and([filled, eb.or(open)]);
        }),
      ]),
    );
  }
  // In no particular order: the reminders are sorted at the end, ties by record.
  const columns = subjectColumns(def, rules, sources);
  const rows = (await subjects.select(columns as never[]).execute()) as Record<string, unknown>[];
  return rows.map((row) => {
    const id = Number(row['id']);
    return { register, id, name: subjectName(def, row), row, events: eventsOf(row, recorded.get(id), sources) };
  });
}

/**
 * The event types that start these rules, each with the earliest date it can still start a reminder from today; null
 * when some rule started by it reminds until done.
 */
function liveStarts(rules: readonly DeadlineRule[], today: string): Map<string, string | null> {
  const starts = new Map<string, string | null>();
  for (const rule of rules) {
    if (rule.trigger.kind !== 'event') continue;
    const since = earliestLiveStart(rule, today);
    const known = starts.get(rule.trigger.event);
    starts.set(
      rule.trigger.event,
      known === undefined ? since : known === null || since === null ? null : since < known ? since : known,
    );
  }
  return starts;
}

/**
 * The date fields of the form that complete every rule started by `event` (回访日期 for RM-02), or null when one of
 * them is completed otherwise (an event with no field, a 结果): only then can a record be passed over unread once
 * they hold a date on or after the start. Of two years of cases most were revisited, and reading them was a third of
 * the full recompute (npm run bench).
 */
function completingFields(
  rules: readonly DeadlineRule[],
  event: string,
  sources: readonly EventSource[],
): string[] | null {
  const fields: string[] = [];
  for (const { trigger, doneBy } of rules) {
    if (trigger.kind !== 'event' || trigger.event !== event) continue;
    const home =
      doneBy.kind === 'event' ? sources.find((s) => s.kind === 'date' && s.event === doneBy.event) : undefined;
    if (!home) return null;
    fields.push(home.field);
  }
  return fields;
}

function subjectName(def: RegisterDef, row: Record<string, unknown>): string {
  const value = row[def.summaryField];
  return typeof value === 'string' && value !== '' ? value : `${def.title}第${String(row['id'])}号`;
}
