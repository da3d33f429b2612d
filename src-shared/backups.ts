import type { RegisterKey } from './registers';

// Backups and recovery, as the renderer sees them. The core keeps the copies under <数据文件夹>/备份 and describes
// them in a manifest there, so the description survives restoring the database it describes.

export const backupKinds = ['启动', '每日', '手动', '升级前', '恢复前'] as const;
export type BackupKind = (typeof backupKinds)[number];

export interface BackupVerification {
  /** `PRAGMA integrity_check` said "ok". */
  ok: boolean;
  /** The copy is written and still being checked (a few seconds on a large ledger); `ok` is false until it is. */
  pending?: boolean;
  /** Its first lines when it did not. */
  detail: string;
  checkedAt: string;
}

export interface BackupEntry {
  /** File name inside the backups folder; the handle every other method takes. */
  file: string;
  /** ISO timestamp. */
  createdAt: string;
  kind: BackupKind;
  size: number;
  /** Records per book (not in 回收站). */
  counts: Partial<Record<RegisterKey, number>>;
  verification: BackupVerification;
  /**
   * SHA-256 of the file as checked (hex). A restore reads the file again and refuses it if this no longer matches.
   * Absent while the copy is still being checked, and for copies listed before the app recorded hashes.
   */
  sha256?: string;
}

/**
 * What the rotation keeps (src-main/core/backup/rotation.ts): of the copies that passed their check, the newest of each
 * of the last `days` days and of each of the last `months` months, and the newest few of these kinds. The backup table
 * says it in words.
 */
export const BACKUP_RETENTION = {
  days: 7,
  months: 12,
  newestOf: { 手动: 5, 恢复前: 3, 升级前: 3 },
} as const satisfies { days: number; months: number; newestOf: Partial<Record<BackupKind, number>> };

/**
 * 立即备份's answer: the copy, and the older copies the rotation (src-main/core/backup/rotation.ts) lets go because of
 * it — those already deleted and those deleted once the new copy has passed its check — so the clerk is told why a
 * copy left the table.
 */
export interface CreatedBackup extends BackupEntry {
  rotatedOut: BackupEntry[];
}

/** 备份到…: a fresh copy, checked, written where the clerk chose (desktop) or kept and downloaded (browser). */
export interface SavedCopy {
  /** The name the clerk sees: the chosen file's, or the one the browser saves the download under. */
  fileName: string;
  /** Where the copy was written: the chosen file (desktop), or the manual copy kept in 备份/ (browser). */
  savedPath: string;
  size: number;
  sha256: string;
  /**
   * The browser version: a one-time address (GET, valid for two minutes) the page downloads the copy from, so the
   * file travels as itself, never through the page's memory. Null on the desktop, which has written it already.
   */
  downloadUrl: string | null;
}

/** The ledger in use failed SQLite's full check (after a copy of it failed the copy's): saving is stopped. */
export interface LedgerDamage {
  /** ISO timestamp of the check. */
  foundAt: string;
}

/**
 * What the app is running on: its database (and whether it is known to be damaged), or, when that is damaged or
 * unreadable, the recovery screen. Anyone may ask, before any login: it names no path.
 */
export type AppStatus = { mode: 'normal'; damage: LedgerDamage | null } | { mode: 'recovery'; problem: string };
