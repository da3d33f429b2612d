import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { registers, type RegisterKey } from '../../../src-shared/registers';
import type { BackupEntry, BackupVerification } from '../../../src-shared/backups';
import { integrityResult } from '../db/inspect';

// Checking a backup of ten years of records takes seconds (`PRAGMA integrity_check` reads every page and every index
// entry; npm run bench). Run on the app's own thread, that would freeze every screen meanwhile, so it runs in a worker
// thread with its own read-only connection. The worker is plain JavaScript handed over as text: it then needs no
// bundling of its own, in the Electron build, under vitest or in the browser mode's server.

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db = null;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  const lines = db.pragma('integrity_check(20)').map((row) => String(Object.values(row)[0]));
  const counts = {};
  if (lines.length === 1 && lines[0] === 'ok') {
    const present = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((row) => row.name));
    for (const [key, table] of workerData.books) {
      if (present.has(table)) counts[key] = db.prepare('SELECT count(*) AS n FROM "' + table + '" WHERE deleted_at IS NULL').get().n;
    }
  }
  parentPort.postMessage({ lines, counts });
} catch (error) {
  parentPort.postMessage({ failed: String(error && error.message) });
} finally {
  if (db) db.close();
}
`;

type WorkerReply = { lines: string[]; counts: Partial<Record<RegisterKey, number>> } | { failed: string };

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/** integrity_check and the record counts of a backup file, off the app's thread. */
export function verifyInWorker(
  file: string, checkedAt: string, nativeBinding?: string,
): Promise<{ verification: BackupVerification; counts: BackupEntry['counts'] }> {
  return new Promise((resolve) => {
    const books = registers.map((def) => [def.key, def.table]);
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, nativeBinding, books } });
    } catch (error) {
      resolve({ verification: { ok: false, detail: `无法校验：${(error as Error).message}`, checkedAt }, counts: {} });
      return;
    }
    let settled = false;
    const finish = (reply: WorkerReply) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if ('failed' in reply) resolve({ verification: { ok: false, detail: `无法打开：${reply.failed}`, checkedAt }, counts: {} });
      else resolve({ verification: { ...integrityResult(reply.lines), checkedAt }, counts: reply.counts });
    };
    worker.once('message', finish);
    worker.once('error', (error) => finish({ failed: error.message }));
    worker.once('exit', (code) => finish({ failed: `校验进程意外退出（${code}）` }));
  });
}
