import { sql, type Kysely } from 'kysely';
import { EVENT_KIND } from '../../../src-shared/events';
import { columnFields, registerDef } from '../../../src-shared/registers';
import type { RegisterDef, RegisterKey } from '../../../src-shared/registers';
import type { DeadlineRule } from '../../../src-shared/rules';
import type { LedgerDatabase } from '../db/schema';
import { behaviours } from '../registers/behaviour';
import { eventTypesRead } from './deadlines';
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

/** 实地查访登记表 entries, which count as 实地查访 events. */
const FIELD_VISIT_KIND = 'fieldVisit';
const FIELD_VISIT = '实地查访';

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

function subjectName(def: RegisterDef, row: Record<string, unknown>): string {
  const value = row[def.summaryField];
  return typeof value === 'string' && value !== '' ? value : `${def.title}第${String(row['id'])}号`;
}
