import type Database from 'better-sqlite3';
import type { Migration } from './types';

// Never edit once shipped: add 0011_… instead.
// - A list sorted by a column now orders equal values by the book's date, then id (registers/repository.ts
//   listOrder). Every sortable column's index becomes (deleted_at, column, date): a page sorted by 方式 reads its 50
//   rows from the index instead of sorting the whole book (41 ms → about 2 ms on ten years of 来信来访, npm run bench).
//   The filter indexes of 0009 already have that shape and now serve sorting too.
// - 首页's charts count twelve months of cases by 纠纷类型 and visits by 方式: an index of (date, that field) answers
//   them without reading the records.

/** The sort-only columns (0009's, and 工作信息's), with each book's date as defined at this version. */
const SORT_COLUMNS: Record<string, { date: string; columns: readonly string[] }> = {
  petition: { date: 'visit_date', columns: ['receiver'] },
  study_meeting: { date: 'meeting_date', columns: ['location', 'topic', 'host', 'present_count'] },
  legal_publicity: { date: 'activity_date', columns: ['location', 'theme', 'audience_count', 'materials_count'] },
  mediation_case: { date: 'accept_date', columns: ['case_no', 'agreement_amount', 'close_date'] },
  dispute_screening: { date: 'screening_date', columns: ['scope', 'screeners'] },
  typical_case: { date: 'registered_on', columns: ['title', 'linked_case_no', 'submitted_to', 'adopted'] },
  legal_aid: { date: 'receive_date', columns: ['receiver'] },
  mediator: { date: 'registered_on', columns: ['name', 'phone', 'term_end'] },
  correction_subject: { date: 'start_date', columns: ['subject_no', 'name', 'crime', 'end_date'] },
  // 0007's 工作信息报送登记 had none: a few hundred rows a year, but a county's fifteen offices add up.
  work_info: { date: 'submitted_on', columns: ['title', 'kind', 'submitted_to', 'adoption'] },
};

/** The charts of src-main/core/home/trends.ts. */
const TREND_INDEXES: readonly { table: string; date: string; field: string }[] = [
  { table: 'mediation_case', date: 'accept_date', field: 'dispute_type' },
  { table: 'petition', date: 'visit_date', field: 'method' },
];

export const m0010_sortIndexes: Migration = {
  version: 10,
  name: 'sort indexes ordered by date',
  up: (db: Database.Database) => {
    for (const [table, { date, columns }] of Object.entries(SORT_COLUMNS)) {
      for (const column of columns) {
        db.exec(`DROP INDEX IF EXISTS ${table}_sorted_by_${column};`);
        db.exec(`CREATE INDEX ${table}_sorted_by_${column} ON ${table} (deleted_at, ${column}, ${date});`);
      }
    }
    for (const { table, date, field } of TREND_INDEXES) {
      db.exec(`CREATE INDEX ${table}_trend_${field} ON ${table} (deleted_at, ${date}, ${field});`);
    }
  },
};
