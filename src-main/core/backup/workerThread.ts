import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { CopyReply, Failed, VerifyReply, WorkerInput, WorkerJob } from './workerProtocol';

// The backup worker: runs one job (copy or verify) on a connection of its own and posts one reply. Started by
// ./worker.ts, either as the built out/main/backup-worker.js or, from the sources (vitest, npm run bench), through
// jiti. It imports no project code at run time, so its bundle is this file alone.
//
// The copy is read all pages in one step: one read transaction, so under WAL it is the ledger as of one moment while
// the app goes on saving (a save between steps would restart a stepped copy). The copy is then switched to a rollback
// journal, so opening it read-only later (the check, a restore) leaves no -wal and -shm files beside it.

const { job, nativeBinding } = workerData as WorkerInput;
const binding: Database.Options = nativeBinding ? { nativeBinding } : {};

/** Each page is read once: a small page cache (better-sqlite3's default is 16 MB) keeps the app's memory down. */
const READ_ONCE_CACHE = 'cache_size = -1024';

/** backup() hands over this many pages per step: all of them at once. */
const ALL_PAGES = 0x7fffffff;

/** The file is hashed a piece at a time: a ten-year ledger (1.2 GB) never sits in memory whole. */
const HASH_CHUNK_BYTES = 1024 * 1024;

async function copy(source: string, target: string): Promise<CopyReply> {
  const db = new Database(source, { readonly: true, fileMustExist: true, ...binding });
  try {
    db.pragma(READ_ONCE_CACHE);
    await db.backup(target, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
  const copied = new Database(target, { fileMustExist: true, ...binding });
  try {
    copied.pragma('journal_mode = DELETE');
  } finally {
    copied.close();
  }
  return {};
}

/** SHA-256 of the file's bytes, read in pieces (this thread may block: it is the worker's). */
function sha256Of(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(HASH_CHUNK_BYTES);
  const fd = fs.openSync(file, 'r');
  try {
    for (let read = fs.readSync(fd, buffer); read > 0; read = fs.readSync(fd, buffer))
      hash.update(buffer.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

function verify(file: string, books: [string, string][]): VerifyReply {
  // Hashed before SQLite opens it: what is checked below is what the hash describes (opening read-only writes nothing).
  const sha256 = sha256Of(file);
  const db = new Database(file, { readonly: true, fileMustExist: true, ...binding });
  try {
    db.pragma(READ_ONCE_CACHE);
    const rows = db.pragma('integrity_check(20)') as Record<string, unknown>[];
    const lines = rows.map((row) => String(Object.values(row)[0]));
    const counts: Record<string, number> = {};
    if (lines.length === 1 && lines[0] === 'ok') {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
      const present = new Set(tables.map((row) => row.name));
      // A book whose table the file lacks (a backup from an older version) is left out.
      for (const [key, table] of books) {
        if (!present.has(table)) continue;
        const row = db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE deleted_at IS NULL`).get() as { n: number };
        counts[key] = row.n;
      }
    }
    return { lines, counts, sha256 };
  } finally {
    db.close();
  }
}

async function run(task: WorkerJob): Promise<CopyReply | VerifyReply> {
  return task.kind === 'copy' ? copy(task.source, task.target) : verify(task.file, task.books);
}

/** Why the job failed, with the error's code when it has one (Node's ENOSPC …, better-sqlite3's SQLITE_FULL …). */
function failure(error: unknown): Failed {
  const code = (error as { code?: unknown } | null)?.code;
  return {
    failed: error instanceof Error ? error.message : String(error),
    ...(typeof code === 'string' ? { code } : {}),
  };
}

run(job).then(
  (reply) => parentPort?.postMessage(reply),
  (error: unknown) => parentPort?.postMessage(failure(error)),
);
