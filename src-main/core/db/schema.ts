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
  /** 1 for a rule that shipped with the app (never deleted), 0 for one the office added. */
  seeded: Generated<number>;
}

/** A year of the holiday calendar the office has entered or corrected; it replaces the shipped year. */
export interface CalendarYearTable {
  year: number;
  saved_at: string;
}

export interface CalendarDayTable {
  date: string;
  year: number;
  kind: 'holiday' | 'workday';
  name: string;
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

export interface AccountTable {
  id: Generated<number>;
  username: string;
  name: string;
  role: 'admin' | 'staff';
  password_hash: string;
  active: number;
  failed_attempts: number;
  /** ISO instant before which a login is refused (after five wrong passwords in a row). */
  retry_after: string | null;
  created_at: string;
  updated_at: string;
  /** Random, made once per account (migration 0014): what a session is bound to besides the number. */
  session_key: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  account_id: number | null;
  user_name: string;
  action: string;
  register: string | null;
  record_id: number | null;
  summary: string;
  /** JSON: FieldChange[] (src-shared/accounts.ts). */
  changes: string;
}

/** One file imported into one book (migration 0021, core/import/batch). */
export interface ImportBatchTable {
  id: Generated<number>;
  register: string;
  file_name: string;
  created_at: string;
  created_by: string;
  account_id: number | null;
  row_count: number;
  undone_at: string | null;
  undone_by: string | null;
}

/** A record an import batch created. */
export interface ImportBatchRecordTable {
  batch_id: number;
  register: string;
  record_id: number;
}

/** The column mapping last confirmed for a book's import (JSON). */
export interface ImportMappingTable {
  register: string;
  mapping: string;
  saved_at: string;
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
  | 'correction_subject'
  | 'resettlement_subject'
  | 'work_info';

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
  calendar_year: CalendarYearTable;
  calendar_day: CalendarDayTable;
  setting: SettingTable;
  committee: CommitteeTable;
  staff: StaffTable;
  account: AccountTable;
  audit_log: AuditLogTable;
  import_batch: ImportBatchTable;
  import_batch_record: ImportBatchRecordTable;
  import_mapping: ImportMappingTable;
};
