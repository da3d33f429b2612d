import type { Migration } from './types';

// Shipped with the editable holiday calendar, custom rules and the 安置帮教 hand-over. Never edit: add 0007_… instead.
// - calendar_year / calendar_day: the office's holiday calendar. A year in calendar_year replaces the shipped
//   resources/calendar/cn-holidays.json year whole (the clerk edits the year's notice as one); `date` is the key, so a
//   day cannot be both a holiday and a make-up working day.
// - deadline_rule.seeded: 1 for rules that shipped with the app (they may be disabled, never deleted), 0 for rules
//   the office added (rules.create). Every rule existing before this migration was seeded by 0004.
// - AB-03 / AB-04 (deadlines.md §B): a literal copy of src-shared/rules.ts defaultRules as they were at this version.

const seed: readonly (readonly [code: string, enabled: number, data: string])[] = [
  ["AB-03",1,"{\"code\":\"AB-03\",\"section\":\"B\",\"subject\":\"correctionSubject\",\"trigger\":{\"kind\":\"event\",\"event\":\"解除宣告\"},\"offset\":5,\"unit\":\"工作日\",\"task\":\"与安置帮教衔接：移交档案和衔接信息、录入安置帮教一体化平台、建立一人一档、确定帮教责任人\",\"doneBy\":{\"kind\":\"event\",\"event\":\"安置帮教衔接\"},\"basis\":\"“采集其基本信息、相关衔接信息均在5个工作日内并录入安置帮教一体化平台”；“在安置帮教对象报到接收之日起 5 个工作日内完成基本信息填写”\",\"verified\":true,\"note\":\"解矫即转为安置帮教对象，以解除宣告之日为报到接收之日；记录“安置帮教衔接”事件即办结\"}"],
  ["AB-04",1,"{\"code\":\"AB-04\",\"section\":\"B\",\"subject\":\"correctionSubject\",\"trigger\":{\"kind\":\"event\",\"event\":\"安置帮教衔接\"},\"offset\":1,\"unit\":\"月\",\"task\":\"入帮评估（社会适应指数评估）\",\"doneBy\":{\"kind\":\"event\",\"event\":\"入帮评估\"},\"basis\":\"“安置帮教对象报到登记后一个月内，完成入帮评估”\",\"verified\":true,\"note\":\"以安置帮教衔接之日为报到登记之日\"}"]
];

export const m0006_calendarAndCustomRules: Migration = {
  version: 6,
  name: 'holiday calendar, custom rules, 安置帮教 rules',
  up: (db) => {
    db.exec(`
CREATE TABLE calendar_year (
  year INTEGER PRIMARY KEY,
  saved_at TEXT NOT NULL
);
CREATE TABLE calendar_day (
  date TEXT PRIMARY KEY,
  year INTEGER NOT NULL REFERENCES calendar_year (year) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name TEXT NOT NULL
);
CREATE INDEX calendar_day_year ON calendar_day (year);
ALTER TABLE deadline_rule ADD COLUMN seeded INTEGER NOT NULL DEFAULT 1;
`);
    const insert = db.prepare('INSERT INTO deadline_rule (code, data, enabled, custom, seeded) VALUES (?, ?, ?, 0, 1)');
    for (const [code, enabled, data] of seed) insert.run(code, data, enabled);
  },
};
