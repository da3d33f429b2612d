import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupEntry, BackupKind, BackupVerification } from '../../../src-shared/backups';
import { checkIntegrity, countRecords } from '../db/inspect';
import { copyInWorker, type Checked } from './worker';

// One backup: SQLite's online backup API (consistent even while the WAL holds unsaved pages, which a file copy is
// not), run in a worker (worker.ts), written under a temporary name and renamed only once complete, then checked by
// opening it read-only.

const KIND_SLUG: Record<BackupKind, string> = {
  启动: 'startup',
  每日: 'daily',
  手动: 'manual',
  升级前: 'pre-migration',
  恢复前: 'pre-restore',
};

export function backupFileName(kind: BackupKind, createdAt: string): string {
  return `ledger-${createdAt.replace(/[:.]/g, '-')}-${KIND_SLUG[kind]}.sqlite3`;
}

const FILE_NAME = /^ledger-(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.sqlite3$/;

/** Reads backupFileName back, so copies the manifest has lost track of can still be listed and restored. */
export function parseBackupFileName(file: string): { kind: BackupKind; createdAt: string } | null {
  const match = FILE_NAME.exec(file);
  const kind = (Object.keys(KIND_SLUG) as BackupKind[]).find((k) => KIND_SLUG[k] === match?.[5]);
  if (!match || !kind) return null;
  return { kind, createdAt: `${match[1]}:${match[2]}:${match[3]}.${match[4]}Z` };
}

/** Opens a backup read-only and runs `PRAGMA integrity_check`; counts its records when it passes. */
export function verifyBackup(
  file: string,
  checkedAt: string,
  nativeBinding?: string,
): { verification: BackupVerification; counts: BackupEntry['counts'] } {
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const check = checkIntegrity(sqlite);
    return { verification: { ...check, checkedAt }, counts: check.ok ? countRecords(sqlite) : {} };
  } catch (error) {
    return { verification: { ok: false, detail: `无法打开：${(error as Error).message}`, checkedAt }, counts: {} };
  } finally {
    sqlite?.close();
  }
}

/**
 * Copies the live database file `source` into `target`; `target` appears only once the copy is whole — and, given a
 * `check`, only once the copy has passed it (a copy outside 备份/ has no manifest to say it is still unchecked).
 */
export async function backupTo(
  source: string,
  target: string,
  nativeBinding?: string,
  check?: (written: string) => Promise<Checked>,
): Promise<Checked | null> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.partial`;
  removeDatabaseFile(temp);
  try {
    // Made here first: a folder that cannot take the copy (read-only, no permission) says so with the system's own
    // error code, which SQLite, opening it in the worker, would have turned into a vague "unable to open".
    fs.closeSync(fs.openSync(temp, 'w'));
    await copyInWorker(source, temp, nativeBinding);
    const checked = check ? await check(temp) : null;
    if (!checked || checked.verification.ok) fs.renameSync(temp, target);
    return checked;
  } finally {
    removeDatabaseFile(temp);
  }
}

/**
 * The size a copy of the database file will take: its pages as a reader sees them now (under WAL, with the pages its
 * -wal holds, which the file's own size leaves out), or the file's size when it cannot be opened for that.
 */
export function copySize(file: string, nativeBinding?: string): number {
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    return pages * (sqlite.pragma('page_size', { simple: true }) as number);
  } catch {
    return fs.existsSync(file) ? fs.statSync(file).size : 0;
  } finally {
    sqlite?.close();
  }
}

/**
 * A database file and the -wal / -shm files a connection in WAL mode leaves beside it (backups made before 2026-11).
 */
export function removeDatabaseFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/** Describes a backup file from its name, checking it now. */
export function describeBackupFile(
  folder: string,
  file: string,
  kind: BackupKind,
  createdAt: string,
  nativeBinding?: string,
): BackupEntry {
  const target = path.join(folder, file);
  const { verification, counts } = verifyBackup(target, new Date().toISOString(), nativeBinding);
  return { file, createdAt, kind, size: fs.statSync(target).size, counts, verification };
}

/**
 * Backs up into `folder`; the entry says the copy is still to be checked (verifyInWorker), and the caller records it.
 */
export async function takeBackup(
  source: string,
  folder: string,
  kind: BackupKind,
  now: Date,
  nativeBinding?: string,
): Promise<BackupEntry> {
  const createdAt = now.toISOString();
  const file = backupFileName(kind, createdAt);
  const target = path.join(folder, file);
  await backupTo(source, target, nativeBinding);
  return {
    file,
    createdAt,
    kind,
    size: fs.statSync(target).size,
    counts: {},
    verification: { ok: false, pending: true, detail: '正在校验', checkedAt: createdAt },
  };
}
