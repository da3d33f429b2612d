import type { Generated } from 'kysely';

/** A row of any register table: its columns follow the register's definition. */
export type Cell = string | number | null;
export type RegisterRow = Record<string, Cell>;

export interface PartyTable {
  id: Generated<number>;
  register: string;
  record_id: number;
  role: string;
  seq: number;
  kind: string;
  name: string;
  sex: string | null;
  ethnicity: string | null;
  birth_date: string | null;
  age: number | null;
  occupation: string | null;
  phone: string | null;
  address: string | null;
  id_number: string | null;
  legal_rep: string | null;
}

export interface RecordEntryTable {
  id: Generated<number>;
  register: string;
  record_id: number;
  kind: string;
  seq: number;
  entry_date: string | null;
  data: string;
}

export interface ReportExportTable {
  id: Generated<number>;
  /** 'return' for the 月报 workbook, or a register key for a register book. */
  kind: string;
  /** '2026-03', '2026-Q1', '2026', or 'from..to' for a book. */
  period_key: string;
  file_name: string;
  exported_at: string;
}

export interface DeadlineRuleTable {
  code: string;
  /** JSON of the DeadlineRule without `enabled`. */
  data: string;
  enabled: number;
  /** 1 once the office has edited (or added) the rule. */
  custom: number;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface CommitteeTable {
  id: Generated<number>;
  name: string;
  short_name: string;
  kind: string;
  active: number;
  sort: number;
}

export interface StaffTable {
  id: Generated<number>;
  name: string;
  position: string | null;
  active: number;
  sort: number;
}

export type RegisterTableName =
  | 'petition'
  | 'study_meeting'
  | 'legal_publicity'
  | 'mediation_case'
  | 'dispute_screening'
  | 'typical_case'
  | 'legal_aid'
  | 'mediator'
  | 'correction_subject';

/** A register's FTS5 gram table (migration 0009, registers/searchIndex.ts): rowid is the record's id. */
export interface SearchGramTable {
  rowid: number;
  grams: string;
}

export type LedgerDatabase = { [T in RegisterTableName]: RegisterRow } & {
  [T in RegisterTableName as `${T}_search`]: SearchGramTable;
} & {
  party: PartyTable;
  record_entry: RecordEntryTable;
  report_export: ReportExportTable;
  deadline_rule: DeadlineRuleTable;
  setting: SettingTable;
  committee: CommitteeTable;
  staff: StaffTable;
};
