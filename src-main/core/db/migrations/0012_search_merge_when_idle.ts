import type Database from 'better-sqlite3';
import type { Migration } from './types';

// Never edit once shipped: add 0013_… instead.
// The search index (0009) no longer merges its pieces while a record is saved: housekeeping.ts merges them when the
// app is idle, so no save waits for it. FTS5 keeps the setting in the index itself.

/** The search tables 0009 made (a fixed list: a migration must not follow later changes to the definitions). */
const SEARCH_TABLES = [
  'petition', 'study_meeting', 'legal_publicity', 'mediation_case', 'dispute_screening', 'typical_case', 'legal_aid',
  'mediator', 'correction_subject', 'work_info',
].map((table) => `${table}_search`);

export const m0012_searchMergeWhenIdle: Migration = {
  version: 12,
  name: 'search index merged when idle',
  up: (db: Database.Database) => {
    for (const table of SEARCH_TABLES) {
      db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('automerge', 0);`);
    }
  },
};
