import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from './errors';

// One running program per data folder — the desktop app and `npm run web` alike — so two programs never write the
// same ledger or restore a backup under each other.
//
// The lock is one the operating system holds for the process and lets go of when the process ends, however it ends
// (a power cut, a kill, a crash): `ledger.lock` opened as a small SQLite database and held in an exclusive transaction
// for the program's life — POSIX advisory locks on Linux and macOS, LockFileEx on Windows. SQLite keeps one lock state
// per file and process, so a second connection in the same process is refused too. The process id the file held
// before could, after a crash, belong to an unrelated program and block the start until the clerk deleted the file.

export const LOCK_FILE = 'ledger.lock';

export interface DataLock {
  release(): void;
}

export interface LockOptions {
  /** The better-sqlite3 build of the running runtime (the desktop app's differs from Node's): db/open.ts. */
  nativeBinding?: string;
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function dataFolderInUse(dataDir: string): string {
  return (
    `这个数据文件夹正由另一个司法所电子台账程序使用：${dataDir}。同一份台账同时只能由一个程序打开，` +
    '请切换到已打开的台账窗口（桌面版或浏览器版），或先关闭它再启动。'
  );
}

/** The exclusive lock on `file`, kept until the connection closes; SQLITE_BUSY at once (no waiting) if it is held. */
function hold(file: string, options: LockOptions): Database.Database {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const lock = new Database(file, { timeout: 0, ...binding });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    // The transaction never writes: no journal file beside the lock.
    lock.pragma('journal_mode = MEMORY');
    lock.exec('BEGIN EXCLUSIVE');
    return lock;
  } catch (error) {
    lock.close();
    throw error;
  }
}

function holdOrRefuse(file: string, dataDir: string, options: LockOptions): Database.Database {
  try {
    return hold(file, options);
  } catch (error) {
    if (codeOf(error) === 'SQLITE_BUSY') throw new UserError(dataFolderInUse(dataDir));
    throw error;
  }
}

export function acquireDataLock(dataDir: string, options: LockOptions = {}): DataLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  let lock: Database.Database;
  try {
    lock = holdOrRefuse(file, dataDir, options);
  } catch (error) {
    const code = codeOf(error);
    if (code !== 'SQLITE_NOTADB' && code !== 'SQLITE_CORRUPT') throw error;
    // Not a database: an older version's lock (a process id as JSON), or one a disk error garbled. Nobody can hold
    // a lock on it as a database, so it is emptied (an empty file is an empty database) and taken. Emptied, not
    // deleted: a program starting at the same moment is then refused on this same file instead of locking a new one.
    fs.truncateSync(file, 0);
    lock = holdOrRefuse(file, dataDir, options);
  }
  return {
    // The file stays: deleting it could let the next program lock a new file while another still holds the old one.
    release: () => {
      if (lock.open) lock.close();
    },
  };
}
