import type { RegisterKey } from '../../../src-shared/registers';

// What the app's thread and the backup worker (./workerThread.ts) hand each other. Types only: the worker bundles
// nothing of the project but this contract.

export type WorkerJob =
  { kind: 'copy'; source: string; target: string } | { kind: 'verify'; file: string; books: [RegisterKey, string][] };

export interface WorkerInput {
  job: WorkerJob;
  /** The Electron-ABI build of better-sqlite3 (db/open.ts), when the app runs inside Electron. */
  nativeBinding?: string;
}

export type CopyReply = Record<string, never>;

export interface VerifyReply {
  /** integrity_check's lines ("ok" alone when sound). */
  lines: string[];
  counts: Partial<Record<RegisterKey, number>>;
  /** SHA-256 of the file's bytes as checked, hex: a restore compares it before it trusts the copy. */
  sha256: string;
}

export interface Failed {
  failed: string;
  /** The error's code (ENOSPC, SQLITE_FULL …), so the app's thread can say what went wrong in the clerk's words. */
  code?: string;
}
