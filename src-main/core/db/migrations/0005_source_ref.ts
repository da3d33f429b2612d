import type { Migration } from './types';

// Shipped with linked books. Never edit: add 0006_… instead.
// - mediation_case.source_ref: the record a case was turned from (来信来访登记簿 2026-03-02 张三), set on create.

export const m0005_sourceRef: Migration = {
  version: 5,
  name: 'mediation case source',
  up: (db) => {
    db.exec('ALTER TABLE mediation_case ADD COLUMN source_ref TEXT;');
  },
};
