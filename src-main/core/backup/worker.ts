import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { createJiti as CreateJiti } from 'jiti';
import { registers, type RegisterKey } from '../../../src-shared/registers';
import type { BackupEntry, BackupVerification } from '../../../src-shared/backups';
import { integrityResult } from '../db/inspect';
import type { CopyReply, Failed, VerifyReply, WorkerInput, WorkerJob } from './workerProtocol';

// Copying ten years of records takes seconds and checking the copy as long again (the whole file is written, then
// `PRAGMA integrity_check` reads every page and index entry; npm run bench). On the app's own thread either would
// freeze every screen meanwhile, so both run in a worker thread with its own connection: ./workerThread.ts.
//
// Where its code is found: electron-vite builds it as out/main/backup-worker.js beside the bundle that holds this
// file (the desktop app's index.js, `npm run web`'s web.js), and bench/ledger/bundle.ts beside the bench's bundle.
// Under vitest and jiti (npm run bench's own scripts) there is no build and this file is the TypeScript source. A
// worker thread cannot run TypeScript on Node 20, so the source is compiled to CommonJS here, once per process, with
// jiti (a dev dependency, present wherever the sources are run), and a two-line bootstrap runs that text with a
// `require` that resolves from the source file. Compiling here rather than loading jiti in every worker: jiti costs
// each worker close to a second on a busy PC, and a test or the bench starts dozens of workers.

/** The built worker's file name, set by the `backup-worker` input of electron.vite.config.ts. */
const BUILT_WORKER = 'backup-worker.js';
const SOURCE_WORKER = 'workerThread.ts';

/** Runs `workerData.code` (CommonJS) as the module at `workerData.entry`. */
const SOURCE_BOOTSTRAP =
  "const { workerData: d } = require('node:worker_threads'), m = { exports: {} };\n" +
  "new Function('require', 'module', 'exports', d.code)(require('node:module').createRequire(d.entry), m, m.exports);";

type WorkerLaunch = { file: string } | { code: string; entry: string };

/** Worked out once: the file layout does not change while the app runs. */
let launch: WorkerLaunch | undefined;

function workerLaunch(): WorkerLaunch {
  if (launch) return launch;
  const here = path.dirname(fileURLToPath(import.meta.url));
  // This code may sit in the entry's own file or in a shared chunk one folder below it (out/main/chunks).
  const built = [here, path.dirname(here)]
    .map((dir) => path.join(dir, BUILT_WORKER))
    .find((file) => fs.existsSync(file));
  const entry = path.join(here, SOURCE_WORKER);
  if (built) launch = { file: built };
  else if (fs.existsSync(entry)) launch = { code: compiled(entry), entry };
  else throw new Error(`找不到后台进程文件 ${BUILT_WORKER}`);
  return launch;
}

/** The worker's TypeScript as CommonJS. jiti is required at run time, so no bundle of the app ever includes it. */
function compiled(entry: string): string {
  const { createJiti } = createRequire(import.meta.url)('jiti') as { createJiti: typeof CreateJiti };
  return createJiti(entry).transform({ source: fs.readFileSync(entry, 'utf8'), filename: entry, ts: true });
}

/** Runs one job in a fresh worker; its reply, or why it failed. */
function runInWorker<T extends object>(job: WorkerJob, nativeBinding?: string): Promise<T | Failed> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      const how = workerLaunch();
      const input: WorkerInput = { job, ...(nativeBinding ? { nativeBinding } : {}) };
      worker =
        'file' in how
          ? new Worker(how.file, { workerData: input })
          : new Worker(SOURCE_BOOTSTRAP, { eval: true, workerData: { ...input, code: how.code, entry: how.entry } });
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

/** A copy that could not be written; `code` is the worker's (SQLITE_FULL …), for fileErrors.ts to name the cause. */
export class CopyFailed extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'CopyFailed';
  }
}

/** Writes a copy of the database file `source` to `target` with the backup API, off the app's thread. */
export async function copyInWorker(source: string, target: string, nativeBinding?: string): Promise<void> {
  const reply = await runInWorker<CopyReply>({ kind: 'copy', source, target }, nativeBinding);
  if ('failed' in reply) throw new CopyFailed(`备份写出失败：${reply.failed}`, reply.code);
}

/** What checking a backup file found: integrity_check, its record counts, and (when it could be read) its SHA-256. */
export interface Checked {
  verification: BackupVerification;
  counts: BackupEntry['counts'];
  sha256?: string;
}

/** integrity_check, the record counts and the SHA-256 of a backup file, off the app's thread. */
export async function verifyInWorker(file: string, checkedAt: string, nativeBinding?: string): Promise<Checked> {
  const books = registers.map((def): [RegisterKey, string] => [def.key, def.table]);
  const reply = await runInWorker<VerifyReply>({ kind: 'verify', file, books }, nativeBinding);
  if ('failed' in reply)
    return { verification: { ok: false, detail: `无法打开：${reply.failed}`, checkedAt }, counts: {} };
  return {
    verification: { ...integrityResult(reply.lines), checkedAt },
    counts: reply.counts,
    sha256: reply.sha256,
  };
}
