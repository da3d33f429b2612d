import type Database from 'better-sqlite3';
import type { Migration } from './types';

// Never edit once shipped: add the next number instead.
// A record's date fields are now the events they stand for (src-shared/eventFields.ts): 报到（接收）日期 is the
// 报到（司法所）, 协议签订日期 the 协议生效, 回访日期 the 回访 … Clerks who wanted the deadlines had typed each such date a
// second time as a 事件记录. This
// - adds 履行期限届满日期 (RM-02 had nothing on the form to start from) and widens the cases' and people's reminder
//   indexes by the fields the reminders now read, so 首页 still reads them from the indexes alone;
// - makes RM-03 (调结) wait for the new event 结案 = 结案日期, unless the office has edited the rule;
// - folds the duplicate events into their fields. An event whose date is the field's is deleted; where the field is
//   blank and every such event of the record has one date, the field is filled from it and the events deleted — the
//   office recorded that fact, and the form (the 花名册, the 登记簿, the 协议书) is where it now belongs — unless
//   that date would break the record's date order (受理 ≤ 协议 ≤ 回访 …). An event that differs from its field, or
//   carries a 结果 or 备注 (text with no other home), is kept as it is.
// Its own literal copy of the homes: migrations never read code that may change.

type Home =
  | { table: string; register: string; event: string; field: string }
  | { table: string; register: string; event: string; entryKind: string };

const HOMES: readonly Home[] = [
  { table: 'correction_subject', register: 'correctionSubject', event: '报到（司法所）', field: 'report_date' },
  { table: 'correction_subject', register: 'correctionSubject', event: '实地查访', entryKind: 'fieldVisit' },
  { table: 'mediation_case', register: 'mediationCase', event: '受理', field: 'accept_date' },
  { table: 'mediation_case', register: 'mediationCase', event: '协议生效', field: 'agreement_date' },
  { table: 'mediation_case', register: 'mediationCase', event: '履行期限届满', field: 'performance_due_date' },
  { table: 'mediation_case', register: 'mediationCase', event: '回访', field: 'revisit_date' },
];

/** The date order each table's form enforces (earlier ≤ later), as the register definitions had it. */
const DATE_ORDER: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  correction_subject: [
    ['start_date', 'end_date'],
    ['judgment_date', 'start_date'],
  ],
  mediation_case: [
    ['accept_date', 'close_date'],
    ['close_date', 'revisit_date'],
    ['accept_date', 'revisit_date'],
    ['accept_date', 'agreement_date'],
    ['agreement_date', 'revisit_date'],
    ['agreement_date', 'performance_due_date'],
    ['accept_date', 'filed_date'],
  ],
};

const RM03_NOTE = '条号未核实，默认停用；填写“结案日期”即视为调结（调解不成的也要结案）';

/** What the fold did, by event type: deleted as the same as its field, moved into a blank field, kept. */
export type FoldCounts = Record<string, { same: number; filled: number; kept: number }>;

export const m0018_formDatesAreEvents: Migration = {
  version: 18,
  name: 'form dates are events',
  up: (db) => {
    addDateHomes(db);
    foldDuplicateEvents(db);
  },
};

/** The new field, the wider indexes and RM-03's completion. */
export function addDateHomes(db: Database.Database): void {
  db.exec('ALTER TABLE mediation_case ADD COLUMN performance_due_date TEXT;');
  db.exec('DROP INDEX mediation_case_reminder_subjects;');
  db.exec(
    'CREATE INDEX mediation_case_reminder_subjects ON mediation_case (deleted_at, accept_date, case_no, agreement_date, performance_due_date, close_date, revisit_date, judicial_confirmation);',
  );
  // 矫正小组成员 filled completes CC-02: the people's index holds it too (a few thousand short texts).
  db.exec('DROP INDEX correction_subject_reminder_subjects;');
  db.exec(
    'CREATE INDEX correction_subject_reminder_subjects ON correction_subject (deleted_at, state, end_date, name, start_date, report_date, ban_end_date, team);',
  );
  db.prepare(
    `UPDATE deadline_rule SET data = json_set(data, '$.doneBy', json_object('kind', 'event', 'event', '结案'), '$.note', ?)
     WHERE code = 'RM-03' AND custom = 0`,
  ).run(RM03_NOTE);
}

type EventRow = { id: number; record_id: number; entry_date: string | null; data: string };

/** Folds the events that repeat a field or a child-list entry; returns what it did (for the upgrade's note). */
export function foldDuplicateEvents(db: Database.Database): FoldCounts {
  const counts: FoldCounts = {};
  const now = new Date().toISOString();
  const remove = db.prepare('DELETE FROM record_entry WHERE id = ?');
  for (const home of HOMES) {
    const tally = (counts[home.event] ??= { same: 0, filled: 0, kept: 0 });
    const events = db
      .prepare(
        `SELECT id, record_id, entry_date, data FROM record_entry
         WHERE register = ? AND kind = 'event' AND json_extract(data, '$.type') = ? ORDER BY record_id, seq`,
      )
      .all(home.register, home.event) as EventRow[];
    const entryDatesOf =
      'entryKind' in home
        ? db.prepare('SELECT entry_date FROM record_entry WHERE register = ? AND record_id = ? AND kind = ?')
        : null;
    const rowOf = 'field' in home ? db.prepare(`SELECT * FROM ${home.table} WHERE id = ?`) : null;
    const fill =
      'field' in home ? db.prepare(`UPDATE ${home.table} SET ${home.field} = ?, updated_at = ? WHERE id = ?`) : null;
    const byRecord = new Map<number, EventRow[]>();
    for (const e of events) byRecord.set(e.record_id, [...(byRecord.get(e.record_id) ?? []), e]);
    for (const [recordId, list] of byRecord) {
      const plain = list.filter((e) => e.entry_date !== null && !hasText(e.data));
      if ('entryKind' in home) {
        const entryDates = new Set(
          (entryDatesOf!.all(home.register, recordId, home.entryKind) as { entry_date: string | null }[]).map(
            (r) => r.entry_date,
          ),
        );
        const same = plain.filter((e) => entryDates.has(e.entry_date));
        same.forEach((e) => remove.run(e.id));
        tally.same += same.length;
        tally.kept += list.length - same.length;
        continue;
      }
      const row = rowOf!.get(recordId) as
        | Record<string, unknown>
        | undefined;
      if (!row) {
        tally.kept += list.length;
        continue;
      }
      const value = row[home.field];
      if (typeof value === 'string' && value !== '') {
        const same = plain.filter((e) => e.entry_date === value);
        same.forEach((e) => remove.run(e.id));
        tally.same += same.length;
        tally.kept += list.length - same.length;
        continue;
      }
      const dates = new Set(list.map((e) => e.entry_date));
      const date = plain[0]?.entry_date ?? null;
      const foldable = plain.length === list.length && dates.size === 1 && date !== null;
      if (foldable && keepsOrder(home.table, row, home.field, date)) {
        fill!.run(date, now, recordId);
        list.forEach((e) => remove.run(e.id));
        tally.filled += list.length;
      } else {
        tally.kept += list.length;
      }
    }
  }
  return counts;
}

function hasText(data: string): boolean {
  const entry = JSON.parse(data) as Record<string, unknown>;
  return ['result', 'note'].some((key) => typeof entry[key] === 'string' && (entry[key] as string).trim() !== '');
}

function keepsOrder(table: string, row: Record<string, unknown>, field: string, date: string): boolean {
  const filled = { ...row, [field]: date };
  return (DATE_ORDER[table] ?? []).every(([earlier, later]) => {
    const a = filled[earlier];
    const b = filled[later];
    return typeof a !== 'string' || typeof b !== 'string' || a === '' || b === '' || a <= b;
  });
}
