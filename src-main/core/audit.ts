import type { Kysely, Selectable } from 'kysely';
import type { AuditAction, AuditEntry, FieldChange } from '../../src-shared/accounts';
import type { ApiOutput, ApiParsedInput, MethodsRunAs, RecordRow } from '../../src-shared/api';
import { recordName } from '../../src-shared/recordName';
import { registerDef, type RecordData, type RegisterKey } from '../../src-shared/registers';
import type { AuditLogTable, LedgerDatabase } from './db/schema';

// The audit trail: appended in the same transaction as the change it describes, so a change and its entry are saved
// or lost together. Triggers (migration 0008) refuse UPDATE and DELETE on audit_log.

type Db = Kysely<LedgerDatabase>;

/** Who is acting: the logged-in account. */
export interface Actor {
  id: number;
  name: string;
  role: 'admin' | 'staff';
}

/** Whom an entry names: the acting account, or no account (a failed login, the recovery screen) under a label. */
export interface AuditAuthor {
  id: number | null;
  name: string;
}

/** The 操作人 of entries written while nobody is logged in. */
export const NOBODY_LOGGED_IN = '（未登录）';

export interface AuditFact {
  action: AuditAction;
  register?: RegisterKey | null;
  recordId?: number | null;
  summary?: string;
  changes?: FieldChange[];
}

const PAGE_SIZE = 50;

export async function appendAudit(db: Db, author: AuditAuthor, fact: AuditFact): Promise<void> {
  await appendAudits(db, author, [fact]);
}

/** Entries written many at a time (an import's records): one statement per few hundred. */
export async function appendAudits(db: Db, author: AuditAuthor, facts: readonly AuditFact[]): Promise<void> {
  const at = new Date().toISOString();
  for (let i = 0; i < facts.length; i += AUDIT_ROWS_PER_INSERT) {
    await db
      .insertInto('audit_log')
      .values(
        facts.slice(i, i + AUDIT_ROWS_PER_INSERT).map((fact) => ({
          at,
          account_id: author.id,
          user_name: author.name,
          action: fact.action,
          register: fact.register ?? null,
          record_id: fact.recordId ?? null,
          summary: (fact.summary ?? '').slice(0, 200),
          changes: JSON.stringify(fact.changes ?? []),
        })),
      )
      .execute();
  }
}

/** Eight columns bound each: far below SQLite's limit of bound parameters. */
const AUDIT_ROWS_PER_INSERT = 500;

/** The fields whose values differ between two versions of a record, labelled as the form labels them. */
export function recordChanges(
  register: RegisterKey,
  before: RecordData | null,
  after: RecordData | null,
): FieldChange[] {
  const def = registerDef(register);
  const changes: FieldChange[] = [];
  for (const field of def.fields) {
    const was = before?.[field.key] ?? null;
    const now = after?.[field.key] ?? null;
    if (isBlank(was) && isBlank(now)) continue;
    if (JSON.stringify(was) !== JSON.stringify(now))
      changes.push({ field: field.key, label: field.label, before: was, after: now });
  }
  return changes;
}

function isBlank(value: unknown): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * An audit fact about a record: its summary names the record as a clerk knows it (姓名 or 卷号, and its date). Entries
 * written before held only the summary field's value; 操作日志 shows either as it stands.
 */
export function recordFact(action: AuditAction, record: RecordRow, changes: FieldChange[] = []): AuditFact {
  return {
    action,
    register: record.register,
    recordId: record.id,
    summary: recordName(record.register, record.data),
    changes,
  };
}

function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    userName: row.user_name,
    action: row.action as AuditAction,
    register: row.register,
    recordId: row.record_id,
    summary: row.summary,
    changes: JSON.parse(row.changes) as FieldChange[],
  };
}

/** 修改记录 of one record, oldest first. */
export async function recordHistory(db: Db, register: RegisterKey, id: number): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('register', '=', register)
    .where('record_id', '=', id)
    .orderBy('id')
    .execute();
  return rows.map(toEntry);
}

/** The administrator's log: newest first, filtered by person, day range (local dates), book and action. */
export async function searchAudit(
  db: Db,
  query: ApiParsedInput<'audit.search'>,
): Promise<{ entries: AuditEntry[]; total: number }> {
  let base = db.selectFrom('audit_log');
  if (query.userId !== undefined) base = base.where('account_id', '=', query.userId);
  if (query.register) base = base.where('register', '=', query.register);
  if (query.action) base = base.where('action', '=', query.action);
  if (query.from) base = base.where('at', '>=', localDayStart(query.from));
  if (query.to) base = base.where('at', '<', localDayStart(query.to, 1));
  const counted = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy('id', 'desc')
    .limit(PAGE_SIZE)
    .offset((query.page - 1) * PAGE_SIZE)
    .execute();
  return { entries: rows.map(toEntry), total: Number(counted.n) };
}

/** The instant a local calendar day starts (audit times are stored as UTC ISO instants). */
function localDayStart(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d! + plusDays).toISOString();
}

/**
 * What a backup method did, for the log (reading the list or the status is not logged). `value` is its output. A
 * restore writes its own line, into the restored ledger as part of the restore (backup/restoreStaging.ts).
 */
export function backupAuditFact(method: MethodsRunAs<'file'>, value: unknown): AuditFact | null {
  switch (method) {
    case 'backups.create':
      return { action: 'backup', summary: `立即备份 ${(value as ApiOutput<'backups.create'>).file}` };
    case 'backups.saveAs':
      return { action: 'backup', summary: `备份到 ${(value as ApiOutput<'backups.saveAs'>).fileName}` };
    default:
      return null;
  }
}
