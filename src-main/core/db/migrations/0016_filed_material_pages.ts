import type Database from 'better-sqlite3';
import type { Migration } from './types';

// Never edit once shipped: add 0017_… instead.
// The 卷宗 keeps pages for the materials filed on paper (docs/spec/formats.md §3.2: 当事人身份证明, 授权委托书, 证据材料,
// 收条或汇款单等履行凭证, 司法确认有关材料), so its 卷内目录 numbers every page after them right. Each is how many pages
// the clerk filed; NULL means not entered (the 身份证明 then counts one page per party, the 司法确认材料 one page), so
// existing cases need no data: their 卷宗 gains the 身份证明 pages the 目录 always lacked.

export const m0016_filedMaterialPages: Migration = {
  version: 16,
  name: 'filed material pages',
  up: (db: Database.Database) => {
    db.exec(`
ALTER TABLE mediation_case ADD COLUMN id_proof_pages INTEGER;
ALTER TABLE mediation_case ADD COLUMN attorney_pages INTEGER;
ALTER TABLE mediation_case ADD COLUMN evidence_pages INTEGER;
ALTER TABLE mediation_case ADD COLUMN receipt_pages INTEGER;
ALTER TABLE mediation_case ADD COLUMN confirmation_pages INTEGER;
`);
  },
};
