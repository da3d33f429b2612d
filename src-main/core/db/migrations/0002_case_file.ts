import type { Migration } from './types';

// Shipped with the documents (issue 3). Never edit: add 0003_… instead.
// What the 人民调解卷宗 needs beyond the register: the agreement, the 回访, 立卷 data, and child lists
// (调查记录, 调解记录, 实地查访) kept generically in record_entry as validated JSON.

export const m0002_caseFile: Migration = {
  version: 2,
  name: 'case file',
  up: (db) => {
    db.exec(`
CREATE TABLE record_entry (
  id INTEGER PRIMARY KEY,
  register TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  seq INTEGER NOT NULL,
  entry_date TEXT,
  data TEXT NOT NULL
);
CREATE INDEX record_entry_by_record ON record_entry (register, record_id, kind, seq);
CREATE INDEX record_entry_by_date ON record_entry (kind, entry_date);

ALTER TABLE mediation_case ADD COLUMN agreement_facts TEXT;
ALTER TABLE mediation_case ADD COLUMN agreement_terms TEXT NOT NULL DEFAULT '[]';
ALTER TABLE mediation_case ADD COLUMN performance_terms TEXT;
ALTER TABLE mediation_case ADD COLUMN agreement_copies INTEGER;
ALTER TABLE mediation_case ADD COLUMN agreement_date TEXT;
ALTER TABLE mediation_case ADD COLUMN recorder TEXT;
ALTER TABLE mediation_case ADD COLUMN revisit_method TEXT;
ALTER TABLE mediation_case ADD COLUMN revisit_by TEXT;
ALTER TABLE mediation_case ADD COLUMN revisit_interviewees TEXT;
ALTER TABLE mediation_case ADD COLUMN revisit_content TEXT;
ALTER TABLE mediation_case ADD COLUMN file_title TEXT;
ALTER TABLE mediation_case ADD COLUMN filed_by TEXT;
ALTER TABLE mediation_case ADD COLUMN filed_date TEXT;
ALTER TABLE mediation_case ADD COLUMN retention TEXT;
ALTER TABLE mediation_case ADD COLUMN file_note TEXT;

ALTER TABLE petition ADD COLUMN statement TEXT;
ALTER TABLE petition ADD COLUMN reply TEXT;
`);
  },
};
