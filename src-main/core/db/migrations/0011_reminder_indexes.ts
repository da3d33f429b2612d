import type Database from 'better-sqlite3';
import type { Migration } from './types';

// Never edit once shipped: add 0012_… instead.
// 首页's reminders, worked out from scratch after start-up or a rule change (reminders/engine.ts loadSubjects), read
// two years of mediation cases with their events and every person under correction with theirs. Both now come from
// covering indexes instead of one table row per case and per event: a county's 47,000 cases and 35,000 events were
// two thirds of that computation (npm run bench).
// - cases: (deleted_at, 受理日期, 卷号), all a case's reminders need unless a custom rule reads another field;
// - events and 实地查访: their date and the type and 结果 inside the entry's JSON, by record. Partial: the other child
//   lists (调查记录, 调解记录 …) are most of the table and no reminder reads them.

export const m0011_reminderIndexes: Migration = {
  version: 11,
  name: 'reminder indexes',
  up: (db: Database.Database) => {
    db.exec('CREATE INDEX mediation_case_reminder_subjects ON mediation_case (deleted_at, accept_date, case_no);');
    const eventColumns = "register, record_id, kind, seq, entry_date, json_extract(data, '$.type'), json_extract(data, '$.result')";
    db.exec(`CREATE INDEX record_entry_events ON record_entry (${eventColumns}) WHERE kind IN ('event', 'fieldVisit');`);
  },
};
