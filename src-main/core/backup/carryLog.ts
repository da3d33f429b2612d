import type Database from 'better-sqlite3';
import type { AuditAuthor } from '../audit';
import { damagedSource, liveSource, type AccountIdentity } from './logSources';

// The 操作日志 is append-only across restores too: a restore puts the backup's records in place, but the log that goes
// with them is the log of the ledger being replaced, every entry with its id and in its order, and then the restore's
// own line. This replaces the audit_log table of the staged copy (restoreStaging.ts), never the live ledger, which is
// only read. The staged table is built afresh from that copy's own schema text, so its triggers (which refuse UPDATE
// and DELETE) come back exactly as they were and no migration is read here.
//
// A backup of another lineage (another office's file, copied into 备份/): the live log still wins. The log answers
// "what was done with this office's data and by whom"; the other file's history stays in that file, and the restore
// line names it. Its entries could not be merged anyway: ids and account numbers of two files mean different things.

export interface CarriedLog {
  /** Entries read from the ledger being replaced. */
  carried: number;
  /** False when that log could not be read to its end (a damaged file on the recovery screen). */
  complete: boolean;
  /** The backup's own entries kept after them: only when the replaced log was not read to its end. */
  keptFromBackup: number;
}

/** The restore's own entry, worded once it is known what could be carried. */
export type RestoreLine = (carried: CarriedLog) => { author: AuditAuthor; summary: string };

/** Where the log to carry comes from: the live ledger (it must read to the end) or a damaged one (what can be read). */
export interface LogSource {
  file: string;
  bestEffort: boolean;
}

const RENAMED = 'audit_log_of_backup';

/**
 * Replaces the log of the staged copy `staging` (open, no transaction running) by the log of `source`, then appends the
 * restore line, in one transaction; checks the result before returning.
 */
export function carryLog(
  staging: Database.Database,
  source: LogSource,
  line: RestoreLine,
  nativeBinding?: string,
): CarriedLog {
  const schema = auditSchema(staging);
  const columns = columnNames(staging, 'audit_log');
  const from = source.bestEffort ? damagedSource(source.file, nativeBinding) : liveSource(staging, source.file);
  try {
    // Entries whose account is not the same account in the restored file (created after the backup, or another
    // file's) keep their name but no account number, which would point at nobody or at someone else.
    const known = sameAccounts(staging, from?.accounts() ?? []);
    staging.pragma('foreign_keys = OFF');
    const { carried, summary } = staging.transaction(() => {
      staging.exec(`ALTER TABLE audit_log RENAME TO ${RENAMED}`);
      staging.exec(schema.table);
      const outcome = from?.copyInto(staging, columns, known) ?? { carried: 0, complete: false, lastId: 0 };
      const kept = outcome.complete ? 0 : keepBackupEntries(staging, columns, outcome.lastId);
      staging.exec(`DROP TABLE ${RENAMED}`);
      for (const sql of schema.rest) staging.exec(sql);
      const done: CarriedLog = { carried: outcome.carried, complete: outcome.complete, keptFromBackup: kept };
      const { author, summary: text } = line(done);
      appendLine(staging, author.id !== null && known.has(author.id) ? author.id : null, author.name, text);
      return { carried: done, summary: text };
    })();
    staging.pragma('foreign_keys = ON');
    checkCarried(staging, carried, summary);
    return carried;
  } finally {
    from?.close();
  }
}

/** The table's CREATE text, then its indexes' and triggers', as the staged copy itself stores them. */
function auditSchema(staging: Database.Database): { table: string; rest: string[] } {
  const rows = staging
    .prepare(
      "SELECT type, sql FROM sqlite_master WHERE tbl_name = 'audit_log' AND sql IS NOT NULL ORDER BY type = 'trigger', name",
    )
    .all() as { type: string; sql: string }[];
  const table = rows.find((row) => row.type === 'table');
  if (!table) throw new Error('备份中没有操作日志表');
  return { table: table.sql, rest: rows.filter((row) => row !== table).map((row) => row.sql) };
}

function columnNames(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((column) => column.name);
}

/**
 * Account numbers that name the same account in both files: same number, user name and moment of creation (which
 * never change). Not the session key: a backup older than migration 0014 gets new keys when it is brought up to date.
 */
function sameAccounts(staging: Database.Database, accounts: AccountIdentity[]): Set<number> {
  const restored = staging.prepare('SELECT id, username, created_at FROM account').all() as AccountIdentity[];
  const byId = new Map(restored.map((account) => [account.id, account]));
  return new Set(
    accounts
      .filter((a) => byId.get(a.id)?.username === a.username && byId.get(a.id)?.created_at === a.created_at)
      .map((a) => a.id),
  );
}

/** The backup's own entries after the last one carried: what a damaged file's log could not give. */
function keepBackupEntries(staging: Database.Database, columns: string[], afterId: number): number {
  const list = columns.map((column) => `"${column}"`).join(', ');
  return staging
    .prepare(`INSERT INTO audit_log (${list}) SELECT ${list} FROM ${RENAMED} WHERE id > ? ORDER BY id`)
    .run(afterId).changes;
}

function appendLine(staging: Database.Database, accountId: number | null, userName: string, summary: string): void {
  staging
    .prepare(
      "INSERT INTO audit_log (at, account_id, user_name, action, summary, changes) VALUES (?, ?, ?, 'backup', ?, '[]')",
    )
    .run(new Date().toISOString(), accountId, userName, summary);
}

/** Every entry carried and kept, the restore line last, and no entry naming an account the file does not have. */
function checkCarried(staging: Database.Database, carried: CarriedLog, summary: string): void {
  const expected = carried.carried + carried.keptFromBackup + 1;
  const { n } = staging.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };
  const last = staging.prepare('SELECT summary FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { summary: string } | undefined;
  const orphans = staging.pragma('foreign_key_check(audit_log)') as unknown[];
  if (n !== expected || last?.summary !== summary || orphans.length > 0)
    throw new Error(`操作日志转入后核对不符：应有 ${expected} 条，实有 ${n} 条`);
}
