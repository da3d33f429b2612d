import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { registers, type RegisterKey } from '../../../src-shared/registers';
import type { BackupEntry, BackupVerification } from '../../../src-shared/backups';
import { integrityResult } from '../db/inspect';

// Copying ten years of records takes seconds and checking the copy as long again (the whole file is written, then
// `PRAGMA integrity_check` reads every page and index entry; npm run bench). On the app's own thread either would
// freeze every screen meanwhile, so both run in a worker thread with its own connection. The worker is plain
// JavaScript handed over as text: it then needs no bundling of its own, in the Electron build, under vitest or in the
// browser mode's server.
//
// The copy is read through a connection of its own, all pages in one step: one read transaction, so under WAL it is
// the ledger as of one moment while the app goes on saving (a save between steps would restart a stepped copy). The
// copy is then switched to a rollback journal, so opening it read-only later (the check, a restore) leaves no -wal and
// -shm files beside it.

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const binding = workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {};

// Each page is read once: a small page cache (better-sqlite3's default is 16 MB) keeps the app's memory down.
const READ_ONCE_CACHE = 'cache_size = -1024';

async function copy({ source, target }) {
  const db = new Database(source, { readonly: true, fileMustExist: true, ...binding });
  try {
    db.pragma(READ_ONCE_CACHE);
    await db.backup(target, { progress: () => 0x7fffffff });
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

function verify({ file, books }) {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...binding });
  try {
    db.pragma(READ_ONCE_CACHE);
    const lines = db.pragma('integrity_check(20)').map((row) => String(Object.values(row)[0]));
    const counts = {};
    if (lines.length === 1 && lines[0] === 'ok') {
      const present = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((row) => row.name));
      for (const [key, table] of books) {
        if (present.has(table)) counts[key] = db.prepare('SELECT count(*) AS n FROM "' + table + '" WHERE deleted_at IS NULL').get().n;
      }
    }
    return { lines, counts };
  } finally {
    db.close();
  }
}

(async () => (workerData.job.kind === 'copy' ? copy(workerData.job) : verify(workerData.job)))().then(
  (reply) => parentPort.postMessage(reply),
  (error) => parentPort.postMessage({ failed: String(error && error.message) }),
);
`;

type Job =
  { kind: 'copy'; source: string; target: string } | { kind: 'verify'; file: string; books: [RegisterKey, string][] };
type Failed = { failed: string };

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/** Runs one job in a fresh worker; its reply, or why it failed. */
function runInWorker<T extends object>(job: Job, nativeBinding?: string): Promise<T | Failed> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, nativeBinding, job } });
    } catch (error) {
      resolve({ failed: (error as Error).message });
      return;
    }
    let settled = false;
    const finish = (reply: T | Failed) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(reply);
    };
    worker.once('message', finish);
    worker.once('error', (error) => finish({ failed: error.message }));
    worker.once('exit', (code) => finish({ failed: `后台进程意外退出（${code}）` }));
  });
}

/** Writes a copy of the database file `source` to `target` with the backup API, off the app's thread. */
export async function copyInWorker(source: string, target: string, nativeBinding?: string): Promise<void> {
  const reply = await runInWorker<object>({ kind: 'copy', source, target }, nativeBinding);
  if ('failed' in reply) throw new Error(`备份写出失败：${reply.failed}`);
}

/** integrity_check and the record counts of a backup file, off the app's thread. */
export async function verifyInWorker(
  file: string,
  checkedAt: string,
  nativeBinding?: string,
): Promise<{ verification: BackupVerification; counts: BackupEntry['counts'] }> {
  const books = registers.map((def): [RegisterKey, string] => [def.key, def.table]);
  const reply = await runInWorker<{ lines: string[]; counts: BackupEntry['counts'] }>(
    { kind: 'verify', file, books },
    nativeBinding,
  );
  if ('failed' in reply)
    return { verification: { ok: false, detail: `无法打开：${reply.failed}`, checkedAt }, counts: {} };
  return { verification: { ...integrityResult(reply.lines), checkedAt }, counts: reply.counts };
}
