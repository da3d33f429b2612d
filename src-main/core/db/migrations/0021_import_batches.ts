import type { Migration } from './types';

// Never edit once shipped: add the next number instead.
// 导入 (issue 21): an office brings its old books in from Excel and CSV, a file at a time, as one batch.
// - import_batch: who imported which file into which book, when, how many rows; undone_at/undone_by once the whole
//   batch went to 回收站 (撤销导入), which can happen only once.
// - import_batch_record: the records a batch created, so 撤销导入 moves exactly those. A table of its own rather than a
//   column on each of the eleven register tables: most records are typed, not imported, and a batch is read whole.
//   Looked up by batch (the key) and by record (which batch brought this record in).
// - import_mapping: per book, the column mapping the clerk last confirmed (JSON), offered again for the next file.
// Literal SQL only: migrations never read code that may change.

export const m0021_importBatches: Migration = {
  version: 21,
  name: 'import batches',
  up: (db) => {
    db.exec(`
CREATE TABLE import_batch (
  id INTEGER PRIMARY KEY,
  register TEXT NOT NULL,
  file_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  account_id INTEGER,
  row_count INTEGER NOT NULL,
  undone_at TEXT,
  undone_by TEXT
);
CREATE INDEX import_batch_by_time ON import_batch (created_at);
CREATE TABLE import_batch_record (
  batch_id INTEGER NOT NULL REFERENCES import_batch(id),
  register TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  PRIMARY KEY (batch_id, register, record_id)
) WITHOUT ROWID;
CREATE INDEX import_batch_record_by_record ON import_batch_record (register, record_id);
CREATE TABLE import_mapping (
  register TEXT PRIMARY KEY,
  mapping TEXT NOT NULL,
  saved_at TEXT NOT NULL
);
`);
  },
};
