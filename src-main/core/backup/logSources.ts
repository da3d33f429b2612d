import fs from 'node:fs';
import Database from 'better-sqlite3';

// Where carryLog.ts reads the entries it carries into a staged restore. The live ledger is attached to the staging
// connection and copied in one INSERT … SELECT: a ten-year log (200,000 entries) in about a second, three times as
// fast as row by row. Only read: a live connection stays open meanwhile, so detaching it never checkpoints its WAL.
// A damaged ledger (the recovery screen) is opened read-only instead, as attaching opens a file for writing, and read
// row by row, so what comes before an unreadable page is kept.

export interface AccountIdentity {
  id: number;
  username: string;
  created_at: string;
}

export interface CopyOutcome {
  carried: number;
  /** False when reading stopped at an unreadable page (or there was nothing to read). */
  complete: boolean;
  /** The id of the last entry carried (0 for none). */
  lastId: number;
}

export interface EntrySource {
  /** The file's accounts, by number, user name and moment of creation. */
  accounts(): AccountIdentity[];
  /**
   * Copies the entries into the empty audit_log of `staging`, in id order with their ids; account numbers not in
   * `known` are cleared. Runs inside the staging transaction.
   */
  copyInto(staging: Database.Database, columns: readonly string[], known: ReadonlySet<number>): CopyOutcome;
  /** Once the staging transaction is over. */
  close(): void;
}

const ATTACHED = 'carried_from';

const quoted = (columns: readonly string[]) => columns.map((column) => `"${column}"`).join(', ');

function columnNames(db: Database.Database, table: string, schema = 'main'): string[] {
  return (db.prepare(`PRAGMA ${schema}.table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
}

/** The columns of the staged table the source has too (an older file may lack some: they take their defaults). */
function sharedColumns(columns: readonly string[], present: readonly string[]): string[] {
  const shared = columns.filter((column) => present.includes(column));
  if (!shared.includes('id')) throw new Error('操作日志表缺少编号列');
  return shared;
}

/** The live ledger, attached to the staging connection (ATTACH cannot run inside a transaction: call before it). */
export function liveSource(staging: Database.Database, file: string): EntrySource {
  // ATTACH would make an empty file where there is none.
  if (!fs.existsSync(file)) throw new Error(`找不到数据文件 ${file}`);
  staging.prepare(`ATTACH DATABASE ? AS ${ATTACHED}`).run(file);
  return {
    accounts: () =>
      staging.prepare(`SELECT id, username, created_at FROM ${ATTACHED}.account`).all() as AccountIdentity[],
    copyInto: (db, columns, known) => {
      const shared = sharedColumns(columns, columnNames(db, 'audit_log', ATTACHED));
      const picked = shared.map((column) =>
        column === 'account_id'
          ? 'CASE WHEN account_id IN (SELECT value FROM json_each(?)) THEN account_id END'
          : `"${column}"`,
      );
      const { changes } = db
        .prepare(
          `INSERT INTO main.audit_log (${quoted(shared)}) SELECT ${picked.join(', ')} FROM ${ATTACHED}.audit_log ORDER BY id`,
        )
        .run(...(shared.includes('account_id') ? [JSON.stringify([...known])] : []));
      const { last } = db.prepare('SELECT coalesce(max(id), 0) AS last FROM main.audit_log').get() as { last: number };
      return { carried: changes, complete: true, lastId: last };
    },
    close: () => staging.exec(`DETACH DATABASE ${ATTACHED}`),
  };
}

/** A damaged ledger, read-only, as far as it reads; null when there is nothing to read (missing, empty, not SQLite). */
export function damagedSource(file: string, nativeBinding?: string): EntrySource | null {
  let reader: Database.Database;
  try {
    if (!(fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0)) return null;
    reader = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch {
    return null;
  }
  return {
    accounts: () => {
      try {
        return reader.prepare('SELECT id, username, created_at FROM account').all() as AccountIdentity[];
      } catch {
        return [];
      }
    },
    copyInto: (db, columns, known) => {
      let carried = 0;
      let lastId = 0;
      let rows: Iterator<unknown[]>;
      let shared: string[];
      try {
        shared = sharedColumns(columns, columnNames(reader, 'audit_log'));
        rows = reader
          .prepare<[], unknown[]>(`SELECT ${quoted(shared)} FROM audit_log ORDER BY id`)
          .raw(true)
          .iterate();
      } catch {
        return { carried, complete: false, lastId };
      }
      // OR IGNORE: a damaged page can repeat an id or lose a value; that entry is left out, not the rest.
      const insert = db.prepare(
        `INSERT OR IGNORE INTO main.audit_log (${quoted(shared)}) VALUES (${shared.map(() => '?').join(', ')})`,
      );
      const idAt = shared.indexOf('id');
      const accountAt = shared.indexOf('account_id');
      for (;;) {
        // Only a failure to read the damaged file stops here; one writing the staged copy is the restore's failure.
        let next: IteratorResult<unknown[]>;
        try {
          next = rows.next();
        } catch {
          return { carried, complete: false, lastId };
        }
        if (next.done) return { carried, complete: true, lastId };
        const row = next.value;
        if (accountAt >= 0 && !known.has(row[accountAt] as number)) row[accountAt] = null;
        if (insert.run(row).changes === 0) continue;
        lastId = row[idAt] as number;
        carried++;
      }
    },
    close: () => reader.close(),
  };
}
