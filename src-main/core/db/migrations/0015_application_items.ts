import type { Migration } from './types';

// Never edit once shipped: add 0016_… instead.
// 当事人申请事项 of the 人民调解申请书 (docs/spec/formats.md §3.4: “1、…… 2、…… 3、……”), kept as the 协议条款 are: a JSON
// array of lines. Cases entered before have none: their 申请书 prints the numbered blanks to write in, as before.

export const m0015_applicationItems: Migration = {
  version: 15,
  name: 'application items',
  up: (db) => {
    db.exec(`ALTER TABLE mediation_case ADD COLUMN application_items TEXT NOT NULL DEFAULT '[]';`);
  },
};
