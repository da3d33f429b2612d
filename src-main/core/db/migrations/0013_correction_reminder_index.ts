import type Database from 'better-sqlite3';
import type { Migration } from './types';

// Never edit once shipped: add 0014_… instead.
// 首页's reminders from scratch read every person under correction (and those released within a year) with the dates
// their rules count from. Through the index of 状态 that was one table row per person: a county's 5,300 people, a
// fifth of the database reading (npm run bench, issue 7). This index holds all of it; id is the rowid. A custom rule
// on another field still works, reading that person's row as before.

export const m0013_correctionReminderIndex: Migration = {
  version: 13,
  name: 'correction reminder index',
  up: (db: Database.Database) => {
    db.exec(
      'CREATE INDEX correction_subject_reminder_subjects ON correction_subject (deleted_at, state, end_date, name, start_date, report_date, ban_end_date);',
    );
  },
};
