import type Database from 'better-sqlite3';
import {
  BOOKS_0009,
  searchGrams0009,
  searchTableOf0009,
  searchText0009,
  type FrozenBook,
  type FrozenCell,
  type FrozenParty,
} from './0009_search_text';
import type { Migration } from './types';

// Never edit once shipped: add 0010_… instead.
// - one FTS5 gram table per register (see registers/searchIndex.ts); contentless, since search_text holds the text,
//   and detail=none, since only "which records hold this gram" is asked: about a tenth of the size with positions;
// - search_text recomputed for every record, so existing records gain the pinyin initials of their names;
// - indexes for the list pages at ten years of records: every filterable field with the book's date, so a page
//   filtered by year and category reads only its own rows, in order; and the sortable list columns, so a page sorted
//   by a column reads 50 rows, not the whole book.
// The books, their fields and the search text come from ./0009_search_text.ts, a frozen copy of the definitions and
// functions of this version: the current ones may gain a register whose table a later migration creates.

/** Each book's single-choice filter fields, as src-shared/registers defines them at this version. */
const INDEXED_FILTERS: Record<string, readonly string[]> = {
  petition: ['method', 'category', 'handling'],
  study_meeting: ['meeting_type'],
  legal_publicity: [],
  mediation_case: ['committee_id', 'dispute_type', 'case_source', 'result', 'agreement_form', 'performance'],
  dispute_screening: ['dispute_type', 'risk_level', 'resolution'],
  typical_case: ['dispute_type', 'committee_id'],
  legal_aid: ['matter_category', 'aid_form', 'handling'],
  mediator: ['committee_id', 'sex', 'political_status', 'position', 'employment'],
  correction_subject: ['sex', 'category', 'supervision_level', 'state'],
};

/**
 * List columns a clerk can sort by (clicking the header), other than the date and the filters above; long text
 * (事由, 案情) is left out: an index of it would cost more than the rare sort it serves.
 */
const SORT_COLUMNS: Record<string, readonly string[]> = {
  petition: ['receiver'],
  study_meeting: ['location', 'topic', 'host', 'present_count'],
  legal_publicity: ['location', 'theme', 'audience_count', 'materials_count'],
  mediation_case: ['case_no', 'agreement_amount', 'close_date'],
  dispute_screening: ['scope', 'screeners'],
  typical_case: ['title', 'linked_case_no', 'submitted_to', 'adopted'],
  legal_aid: ['receiver'],
  mediator: ['name', 'phone', 'term_end'],
  correction_subject: ['subject_no', 'name', 'crime', 'end_date'],
};

export const m0009_searchIndex: Migration = {
  version: 9,
  name: 'search index and list indexes',
  up: (db) => {
    for (const book of BOOKS_0009) {
      db.exec(
        `CREATE VIRTUAL TABLE ${searchTableOf0009(book)} USING fts5(grams, content='', contentless_delete=1, ` +
          `detail=none, tokenize='unicode61 remove_diacritics 0');`,
      );
      for (const column of INDEXED_FILTERS[book.table] ?? []) {
        db.exec(`CREATE INDEX ${book.table}_by_${column} ON ${book.table} (deleted_at, ${column}, ${book.dateField});`);
      }
      for (const column of SORT_COLUMNS[book.table] ?? []) {
        db.exec(`CREATE INDEX ${book.table}_sorted_by_${column} ON ${book.table} (deleted_at, ${column});`);
      }
      rebuildSearch(db, book);
    }
  },
};

type Row = Record<string, FrozenCell>;

/** Recomputes search_text from the stored record and indexes the live ones. */
function rebuildSearch(db: Database.Database, book: FrozenBook): void {
  const parties = new Map<number, FrozenParty[]>();
  for (const party of db
    .prepare(
      'SELECT record_id, role, name, phone, id_number, legal_rep FROM party WHERE register = ? ' +
        'ORDER BY record_id, role, seq',
    )
    .all(book.key) as (FrozenParty & { record_id: number })[]) {
    parties.set(party.record_id, [...(parties.get(party.record_id) ?? []), party]);
  }
  const update = db.prepare(`UPDATE ${book.table} SET search_text = ? WHERE id = ?`);
  const index = db.prepare(`INSERT INTO ${searchTableOf0009(book)} (rowid, grams) VALUES (?, ?)`);
  // In pages: better-sqlite3 cannot write while a read is still stepping, and a whole table may not fit in memory.
  const page = db.prepare(`SELECT * FROM ${book.table} WHERE id > ? ORDER BY id LIMIT 1000`);
  for (let rows = page.all(0) as Row[]; rows.length > 0; rows = page.all(rows[rows.length - 1]!['id']) as Row[]) {
    for (const row of rows) {
      const id = Number(row['id']);
      const text = searchText0009(book, row, parties.get(id) ?? []);
      update.run(text, id);
      if (row['deleted_at'] === null) index.run(id, searchGrams0009(text));
    }
  }
}
