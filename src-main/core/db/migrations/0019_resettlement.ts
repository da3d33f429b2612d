import type { Migration } from './types';

// Never edit once shipped: add the next number instead.
// 安置帮教对象花名册 (docs/spec/formats.md §12), the third roster: people released from prison (帮教期 5 年) or from
// community correction (3 年), one row a person; their 走访, 评估, 帮扶 and 通报列管 are child lists in record_entry.
// - resettlement_subject, its search index (as 0009 made the others, merged when idle as 0012 set them), and the
//   list's indexes: each filter with the book's date (释放（解矫）日期), each sortable column, and the reminders' own;
// - record_entry_events (0011) widened to the new child lists the rules read, spelled as reminders/loading.ts asks.
// Literal SQL only: migrations never read code that may change.

const FILTERS = ['category', 'support_type', 'adaptation_level', 'state'];
const SORTED = ['name', 'sex', 'crime', 'term_end'];

export const m0019_resettlement: Migration = {
  version: 19,
  name: '安置帮教对象花名册',
  up: (db) => {
    db.exec(`
CREATE TABLE resettlement_subject (
  id INTEGER PRIMARY KEY,
  registered_on TEXT NOT NULL,
  registered_by TEXT,
  name TEXT NOT NULL,
  id_number TEXT,
  sex TEXT NOT NULL,
  ethnicity TEXT,
  birth_date TEXT,
  education TEXT,
  household_address TEXT,
  residence TEXT,
  phone TEXT,
  category TEXT NOT NULL,
  crime TEXT NOT NULL,
  sentence TEXT,
  release_date TEXT NOT NULL,
  release_authority TEXT,
  notice_date TEXT,
  handover_date TEXT,
  must_receive INTEGER NOT NULL DEFAULT 0,
  report_date TEXT,
  agreement_date TEXT,
  agreement_refused INTEGER NOT NULL DEFAULT 0,
  file_date TEXT,
  support_type TEXT NOT NULL,
  adaptation_level TEXT,
  team TEXT,
  separation TEXT,
  separation_office TEXT,
  entrust_date TEXT,
  entrust_reply_date TEXT,
  placement TEXT,
  placement_measures TEXT,
  term_end TEXT,
  state TEXT NOT NULL,
  end_date TEXT,
  end_manner TEXT,
  revoke_reason TEXT,
  remark TEXT,
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX resettlement_subject_by_date ON resettlement_subject (deleted_at, release_date);
CREATE INDEX resettlement_subject_reminder_subjects ON resettlement_subject (deleted_at, state, term_end, name, release_date, report_date);
CREATE VIRTUAL TABLE resettlement_subject_search USING fts5(grams, content='', contentless_delete=1, detail=none, tokenize='unicode61 remove_diacritics 0');
INSERT INTO resettlement_subject_search (resettlement_subject_search, rank) VALUES ('automerge', 0);
DROP INDEX record_entry_events;
CREATE INDEX record_entry_events ON record_entry (register, record_id, kind, seq, entry_date, json_extract(data, '$.type'), json_extract(data, '$.result')) WHERE kind IN ('event', 'fieldVisit', 'assessment', 'resettlementVisit', 'help', 'policeNotice');
`);
    for (const column of FILTERS)
      db.exec(`CREATE INDEX resettlement_subject_by_${column} ON resettlement_subject (deleted_at, ${column}, release_date);`);
    for (const column of SORTED)
      db.exec(
        `CREATE INDEX resettlement_subject_sorted_by_${column} ON resettlement_subject (deleted_at, ${column}, release_date);`,
      );
  },
};
