import type { Migration } from './types';

// Shipped with the monthly return (issue 4). Never edit: add 0004_… instead.
// Which returns and books were exported, and when: 首页 shows whether last month's return has gone.

export const m0003_reportExports: Migration = {
  version: 3,
  name: 'report exports',
  up: (db) => {
    db.exec(`
CREATE TABLE report_export (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  period_key TEXT NOT NULL,
  file_name TEXT NOT NULL,
  exported_at TEXT NOT NULL
);
CREATE INDEX report_export_by_period ON report_export (kind, period_key);
`);
  },
};
