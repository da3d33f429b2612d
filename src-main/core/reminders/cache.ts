import { sql, type Kysely } from 'kysely';
import { registerDef } from '../../../src-shared/registers';
import type { DeadlineRule } from '../../../src-shared/rules';
import type { WorkCalendar } from '../../../src-shared/workdays';
import type { LedgerDatabase } from '../db/schema';
import { ensureTempTable, tempTrigger } from '../db/tempTriggers';
import { loadCalendar } from './calendar';
import { listRules } from './rules';
import { subjectsReminders } from './engine';
import { mergeReminders, sortReminders } from './ordering';
import { SUBJECT_REGISTERS, type KeptReminder, type SubjectRef, type SubjectRegister } from './subjects';

// 首页 asks for every open reminder each time it is shown. Working them out from ten years of records takes a few
// hundred milliseconds (npm run bench), yet between two visits only the records just edited can have changed.
// So the reminders of each person / case are kept, and temporary triggers on this connection note which ones a write
// touched — whatever wrote it: a form, a conversion, a restore of one record, an import. The next call recomputes just
// those. A changed, added or removed rule has only its own reminders worked out again; a change to the holiday
// calendar, or a new day, recomputes everything.
//
// The notes live in a TEMP table, so they are part of each transaction: a write that rolls back takes its note with
// it, and nothing of this reaches the database file or its backups.

type Db = Kysely<LedgerDatabase>;

const DIRTY = 'reminder_dirty';
/** Written by the triggers on the calendar tables: everything must be recomputed. */
const EVERYTHING = '*';
/** Written by the triggers on the rule table, with the rule's code in place of a record id: that rule's reminders. */
const RULE = '*rule';
/** Beyond this many touched subjects, recomputing all of them is as quick and needs no long id list. */
const INCREMENTAL_LIMIT = 2_000;

export class ReminderCache {
  private day = '';
  private sorted: KeptReminder[] = [];

  /** The day the kept reminders were worked out for ('' before the first time). */
  get keptFor(): string {
    return this.day;
  }

  /** Every person's and case's open reminders, soonest first (the office's own duties are not among them). */
  async subjectReminders(
    db: Db,
    calendar: WorkCalendar,
    today: string,
    rules: readonly DeadlineRule[],
  ): Promise<KeptReminder[]> {
    const created = await ensureDirtyLog(db);
    const dirty = await takeDirty(db);
    if (created || today !== this.day || dirty.everything || dirty.refs.length > INCREMENTAL_LIMIT) {
      await this.recomputeAll(db, calendar, today, rules);
      return this.sorted;
    }
    if (dirty.rules.length > 0) await this.recomputeRules(db, calendar, today, rules, dirty.rules);
    if (dirty.refs.length > 0) await this.recompute(db, calendar, today, rules, dirty.refs);
    return this.sorted;
  }

  /** The reminders of these rules (changed, added, switched off or removed) worked out again for every subject. */
  private async recomputeRules(
    db: Db,
    calendar: WorkCalendar,
    today: string,
    rules: readonly DeadlineRule[],
    codes: readonly string[],
  ): Promise<void> {
    const changed = new Set(codes);
    const fresh = await subjectsReminders(
      db,
      calendar,
      today,
      rules.filter((rule) => changed.has(rule.code)),
    );
    const kept = this.sorted.filter((reminder) => !changed.has(reminder.ruleCode));
    this.sorted = mergeReminders(kept, sortReminders(fresh));
  }

  private async recomputeAll(
    db: Db,
    calendar: WorkCalendar,
    today: string,
    rules: readonly DeadlineRule[],
  ): Promise<void> {
    // The old ones let go first: garbage collection then need not walk a county's 45,000 kept reminders while the new
    // ones are made. Should this fail, the next call starts again from nothing.
    this.sorted = [];
    this.day = '';
    this.sorted = sortReminders(await subjectsReminders(db, calendar, today, rules));
    this.day = today;
  }

  private async recompute(
    db: Db,
    calendar: WorkCalendar,
    today: string,
    rules: readonly DeadlineRule[],
    refs: readonly SubjectRef[],
  ): Promise<void> {
    const ids: Partial<Record<SubjectRegister, number[]>> = {};
    for (const ref of refs) (ids[ref.register as SubjectRegister] ??= []).push(ref.id);
    const changed = new Map(Object.entries(ids).map(([register, list]) => [register, new Set(list)]));
    const fresh = await subjectsReminders(db, calendar, today, rules, ids);
    // The kept order stays; only the touched subjects' reminders leave it and are merged back in (a county's fifty
    // thousand reminders took a fifth of a second to sort again after every save). Looked up by book and id, not by
    // a key written out for each of them: that was most of the cost of a save's 首页 (npm run bench).
    const kept = this.sorted.filter((r) => !changed.get(r.subject!.register)?.has(r.subject!.id));
    this.sorted = mergeReminders(kept, sortReminders(fresh));
  }
}

const caches = new WeakMap<Db, ReminderCache>();

/**
 * Brings the ledger's kept reminders up to date before 首页 asks: at start, while the login screen waits for the
 * password (everything is worked out then: a county's records take a few hundred milliseconds; npm run bench), and in
 * a pause after the clerk's work.
 */
export async function refreshReminders(db: Db, today: string): Promise<void> {
  await reminderCacheFor(db).subjectReminders(db, await loadCalendar(db), today, await listRules(db));
}

/** The cache of one open ledger (a restore opens another, which starts empty). */
export function reminderCacheFor(ledger: Db): ReminderCache {
  let cache = caches.get(ledger);
  if (!cache) caches.set(ledger, (cache = new ReminderCache()));
  return cache;
}

/** Creates the TEMP table and triggers on this connection if they are not there yet; true if it just did. */
function ensureDirtyLog(db: Db): Promise<boolean> {
  return ensureTempTable(db, DIRTY, () => {
    // record_id holds a rule's code on the rule table's notes: declared without a type, so SQLite keeps it as written.
    const statements = [`CREATE TEMP TABLE ${DIRTY} (register TEXT NOT NULL, record_id NOT NULL)`];
    const note = (name: string, table: string, event: 'INSERT' | 'UPDATE' | 'DELETE', values: string) =>
      statements.push(tempTrigger(`${DIRTY}_${name}`, event, table, `INSERT INTO ${DIRTY} VALUES (${values})`));
    for (const register of SUBJECT_REGISTERS) {
      const table = registerDef(register).table;
      note(table, table, 'INSERT', `'${register}', NEW.id`);
      note(table, table, 'UPDATE', `'${register}', NEW.id`);
      note(table, table, 'DELETE', `'${register}', OLD.id`);
    }
    // Events and 实地查访 are child rows of the person / case.
    note('entry', 'record_entry', 'INSERT', 'NEW.register, NEW.record_id');
    note('entry', 'record_entry', 'UPDATE', 'NEW.register, NEW.record_id');
    note('entry', 'record_entry', 'DELETE', 'OLD.register, OLD.record_id');
    note('deadline_rule', 'deadline_rule', 'INSERT', `'${RULE}', NEW.code`);
    note('deadline_rule', 'deadline_rule', 'UPDATE', `'${RULE}', NEW.code`);
    note('deadline_rule_old', 'deadline_rule', 'UPDATE', `'${RULE}', OLD.code`);
    note('deadline_rule', 'deadline_rule', 'DELETE', `'${RULE}', OLD.code`);
    for (const table of ['calendar_year', 'calendar_day']) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE'] as const) note(table, table, event, `'${EVERYTHING}', 0`);
    }
    return statements;
  });
}

async function takeDirty(db: Db): Promise<{ everything: boolean; rules: string[]; refs: SubjectRef[] }> {
  const rows = await sql<{
    register: string;
    record_id: number | string;
  }>`SELECT DISTINCT register, record_id FROM ${sql.raw(DIRTY)}`.execute(db);
  if (rows.rows.length > 0) await sql`DELETE FROM ${sql.raw(DIRTY)}`.execute(db);
  const subjects = new Set<string>(SUBJECT_REGISTERS);
  return {
    everything: rows.rows.some((r) => r.register === EVERYTHING),
    rules: rows.rows.filter((r) => r.register === RULE).map((r) => String(r.record_id)),
    refs: rows.rows
      .filter((r) => subjects.has(r.register))
      .map((r) => ({ register: r.register as SubjectRef['register'], id: Number(r.record_id) })),
  };
}
