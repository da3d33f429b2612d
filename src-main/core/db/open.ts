import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { UserError } from '../errors';
import { takeCleanClose } from './cleanClose';
import { checkIntegrity } from './inspect';
import { LATEST_VERSION, migrations } from './migrations';
import type { LedgerDatabase } from './schema';

export const DATABASE_FILE = 'ledger.sqlite3';

export interface Ledger {
  readonly file: string;
  readonly sqlite: Database.Database;
  readonly db: Kysely<LedgerDatabase>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
}

/** Opens (creating if needed) the ledger in `dataDir` and brings its schema up to date. */
export function openLedger(dataDir: string, options: OpenOptions = {}): Ledger {
  const { file, sqlite } = connect(dataDir, options);
  try {
    migrate(sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return wrap(file, sqlite);
}

/** The database file fails SQLite's own consistency check: the app offers a backup instead of using it. */
export class DamagedDatabaseError extends Error {
  constructor(readonly detail: string) {
    super(`数据文件已损坏：${detail}`);
    this.name = 'DamagedDatabaseError';
  }
}

export interface CheckedOpenOptions extends OpenOptions {
  /** Runs once before the first pending migration of an existing database: the app backs it up there. */
  beforeMigrate?: (sqlite: Database.Database) => Promise<void>;
  /** Runs when the file holds no ledger yet, before one is made in it: throwing leaves it unmade. */
  beforeCreate?: () => void;
}

/**
 * As openLedger, for the app's start and a restore: `PRAGMA quick_check` first (unless the app closed this very file
 * cleanly last time: cleanClose.ts), and a hook before migrating.
 */
export async function openCheckedLedger(dataDir: string, options: CheckedOpenOptions = {}): Promise<Ledger> {
  const closedCleanly = takeCleanClose(path.join(dataDir, DATABASE_FILE));
  const { file, sqlite } = connect(dataDir, options);
  try {
    if (!closedCleanly) {
      const check = checkIntegrity(sqlite, true);
      if (!check.ok) throw new DamagedDatabaseError(check.detail);
    }
    const version = schemaVersion(sqlite);
    if (version === 0) options.beforeCreate?.();
    if (version > 0 && version < LATEST_VERSION && options.beforeMigrate) await options.beforeMigrate(sqlite);
    migrate(sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return wrap(file, sqlite);
}

function connect(dataDir: string, options: OpenOptions): { file: string; sqlite: Database.Database } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    sqlite.pragma('journal_mode = WAL');
    // FULL: a clerk's saved record survives a power cut, at a cost of milliseconds per save.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return { file, sqlite };
}

function wrap(file: string, sqlite: Database.Database): Ledger {
  const db = new Kysely<LedgerDatabase>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    file,
    sqlite,
    db,
    close: async () => {
      await db.destroy();
      // Kysely only closes a connection it has used; a ledger that only ever ran a backup would stay open (with
      // its -wal file) and a restore would then write under a live connection.
      if (sqlite.open) sqlite.close();
    },
  };
}

/**
 * Kysely's ROLLBACK after a failed call. SQLite rolls a transaction back by itself when it cannot go on (a full disk:
 * SQLITE_FULL; an I/O error); Kysely's ROLLBACK would then fail with "no transaction is active", and that error would
 * replace the one that says what happened (fileErrors.ts names a full disk from it).
 */
function rollbackIfOpen(sqlite: Database.Database): SqliteStatement {
  return {
    reader: false,
    run: () => (sqlite.inTransaction ? sqlite.prepare('ROLLBACK').run() : { changes: 0, lastInsertRowid: 0 }),
    all: () => [],
    iterate: () => [][Symbol.iterator](),
  };
}

export function schemaVersion(sqlite: Database.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

/** Applies each pending migration in its own transaction, bumping user_version in that same transaction. */
export function migrate(sqlite: Database.Database): void {
  const current = schemaVersion(sqlite);
  if (current > LATEST_VERSION) {
    throw new UserError(
      `这个数据文件由更新版本的司法所电子台账创建（数据版本 ${current}，本程序只支持到 ${LATEST_VERSION}）。` +
        '为避免损坏数据，本程序不会打开它。请安装最新版本后再打开。',
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    sqlite.transaction(() => {
      migration.up(sqlite);
      sqlite.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/** Prepared statements kept for reuse; the least recently used beyond this many are let go. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The connection as Kysely sees it, with its prepared statements kept by SQL text. Kysely prepares every query anew,
 * and preparing costs as much as running a list page's small queries; the app asks the same few hundred again and
 * again. Safe because nothing streams through Kysely (a statement is never busy when it is asked for again), and
 * SQLite re-prepares a kept statement by itself after a schema change.
 */
function withStatementCache(sqlite: Database.Database): SqliteDatabase {
  const kept = new Map<string, Database.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (source: string) => {
      if (source === 'rollback') return rollbackIfOpen(sqlite);
      let statement = kept.get(source);
      if (statement) kept.delete(source);
      else statement = sqlite.prepare(source);
      kept.set(source, statement);
      if (kept.size > STATEMENT_CACHE_SIZE) kept.delete(kept.keys().next().value!);
      return statement;
    },
  };
}
