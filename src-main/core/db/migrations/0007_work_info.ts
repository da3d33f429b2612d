import type { Migration } from './types';

// Shipped with 首页's quotas. Never edit: add 0008_… instead.
// - work_info: 工作信息报送登记, so the monthly 工作信息 quota (deadlines.md MR-03) can be counted.
// - MR-03 becomes countable (≥ 2 live work_info records dated in the month) and enabled, unless the office has
//   already edited the rule (custom = 1): its own choice stands. A literal copy of src-shared/rules.ts MR-03 as it
//   is at this version, for the same reason as 0004.

const MR_03 =
  '{"code":"MR-03","section":"D","subject":"office","trigger":{"kind":"recurring","every":"月"},"offset":0,"unit":"自然日",' +
  '"task":"上报工作信息 / 一句话新闻（每月至少 2 条）","doneBy":{"kind":"count","register":"workInfo","count":2},' +
  '"basis":"“每所每月至少上报信息2条”；“一句话新闻（每月每个乡镇不少于2则）”","verified":true,' +
  '"note":"本月工作信息报送登记至少 2 条即完成"}';

export const m0007_workInfo: Migration = {
  version: 7,
  name: 'work info',
  up: (db) => {
    db.exec(`
CREATE TABLE work_info (
  id INTEGER PRIMARY KEY,
  submitted_on TEXT NOT NULL,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  submitted_to TEXT NOT NULL,
  adoption TEXT,
  adopted_by TEXT,
  content TEXT,
  registered_on TEXT NOT NULL,
  registered_by TEXT,
  remark TEXT,
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX work_info_by_date ON work_info (deleted_at, submitted_on);
`);
    db.prepare("UPDATE deadline_rule SET data = ?, enabled = 1 WHERE code = 'MR-03' AND custom = 0").run(MR_03);
  },
};
