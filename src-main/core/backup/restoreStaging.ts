import Database from 'better-sqlite3';
import type { Actor } from '../audit';
import { DATABASE_FILE, migrate } from '../db/open';
import { carryLog, type CarriedLog, type RestoreLine } from './carryLog';

// A restore is prepared beside the ledger, in RESTORE_STAGING: the backup copied in, brought up to this version's
// schema, given the live log and the restore line (carryLog.ts); the caller then checks it in full. Only after that is
// the ledger closed and the staged copy put in its place with one backup-API copy, one transaction on the live file,
// so a kill at any moment leaves either the old ledger or the complete new one. A staged copy a kill left behind is
// removed at the next open (service.ts removeLeftovers).

export const RESTORE_STAGING = `${DATABASE_FILE}.restoring`;

/** The 操作人 of a restore made from the recovery screen, where there are no accounts to log in with. */
const RECOVERY_SCREEN = '（恢复页面）';

/** A restore, or the undoing of one (a restore of the copy taken before it). */
export interface RestoreRequest {
  /** The backup's file name, as the line names it. */
  file: string;
  undo: boolean;
  /** The administrator restoring; null on the recovery screen. */
  by: Actor | null;
  /** False on the recovery screen: the log comes from a damaged (or missing) file, as much as can be read. */
  liveIsSound: boolean;
}

/** The restore line: what was restored, and, on the recovery screen, what became of the damaged file's log. */
export function restoreLine(request: RestoreRequest): RestoreLine {
  const what = request.undo ? `撤销恢复，回到 ${request.file}` : `从备份 ${request.file} 恢复`;
  return (carried) => ({
    author: request.by ?? { id: null, name: RECOVERY_SCREEN },
    summary: request.liveIsSound ? what : `${what}${damagedLogNote(carried)}`,
  });
}

function damagedLogNote({ carried, complete, keptFromBackup }: CarriedLog): string {
  if (complete) return `（原数据文件已损坏，其操作日志 ${carried} 条已全部接上）`;
  if (carried > 0) return `（原数据文件已损坏，读出其操作日志前 ${carried} 条，其后接备份自己的 ${keptFromBackup} 条）`;
  return '（原数据文件不见了或读不出操作日志，保留备份自己的操作日志）';
}

/**
 * Makes the staged copy at `staging` (a copy of the backup) ready: brought up to this version's schema, then the log
 * of `live` carried in. A backup from an older version is updated in the copy only (the backup stays as it was); one
 * from a newer version is refused here (migrate says so in Chinese), before anything is replaced.
 */
export function prepareStaged(
  staging: string,
  live: string,
  request: RestoreRequest,
  nativeBinding?: string,
): CarriedLog {
  const db = new Database(staging, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    // A scratch file: if anything fails or the app is killed it is thrown away, and before it is used it is checked
    // in full. A rollback journal and syncing would only write the whole log twice more (4.4 s instead of 1.8 s for
    // a log of 200,000 entries).
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return carryLog(db, { file: live, bestEffort: !request.liveIsSound }, restoreLine(request), nativeBinding);
  } finally {
    db.close();
  }
}
