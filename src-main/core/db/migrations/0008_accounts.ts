import type { Migration } from './types';

// Issue 6: accounts (scrypt hashes, lockout counters kept across restarts) and the append-only audit trail.

export const m0008_accounts: Migration = {
  version: 8,
  name: 'accounts and audit log',
  up: (db) => {
    db.exec(`
CREATE TABLE account (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'staff')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  retry_after TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  account_id INTEGER REFERENCES account (id),
  user_name TEXT NOT NULL,
  action TEXT NOT NULL,
  register TEXT,
  record_id INTEGER,
  summary TEXT NOT NULL DEFAULT '',
  changes TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX audit_log_by_record ON audit_log (register, record_id, id);
CREATE INDEX audit_log_by_time ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, '修改记录只能追加，不能修改'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, '修改记录只能追加，不能删除'); END;
`);
  },
};
