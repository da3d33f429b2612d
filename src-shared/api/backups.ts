import { z } from 'zod';
import type { AppStatus, BackupEntry, CreatedBackup, SavedCopy } from '../backups';
import { method } from './declare';

// Backups and recovery. A backup holds the whole ledger, so making, taking or restoring one is the administrator's.
// They work on the database file itself; the recovery screen, which has no usable database, offers only what it needs.

const backupFile = z.string({ error: '备份文件名应为文字' }).regex(/^[\w.-]{1,120}\.sqlite3$/, '备份文件名不正确');

/**
 * What a restore (or its undoing) answers: the copy now in use, and the copy taken of the ledger it replaced (none on
 * the recovery screen).
 */
export interface Restored {
  restored: BackupEntry;
  safetyCopy: BackupEntry | null;
}

export const backupMethods = {
  'app.status': method<AppStatus>()({
    input: z.strictObject({}),
    access: 'public',
    run: 'file',
    inRecovery: true,
    polled: true,
  }),
  /**
   * Takes a ledger found damaged (AppStatus.damage) out of use, for the recovery screen to restore a good copy over
   * it; the file is kept aside then, never deleted.
   */
  'app.enterRecovery': method<AppStatus>()({ input: z.strictObject({}), access: 'admin', run: 'file' }),
  /** `folder`: the backups'; `dataDir`: the data folder, which app.status does not name before a login. */
  'backups.list': method<{ backups: BackupEntry[]; folder: string; dataDir: string; undoable: BackupEntry | null }>()({
    input: z.strictObject({}),
    access: 'admin',
    run: 'file',
    inRecovery: true,
  }),
  'backups.create': method<CreatedBackup>()({ input: z.strictObject({}), access: 'admin', run: 'file' }),
  /** The desktop saves it where the clerk chose; the browser downloads it from `downloadUrl`. */
  'backups.saveAs': method<SavedCopy>()({ input: z.strictObject({}), access: 'admin', run: 'file' }),
  'backups.restore': method<Restored>()({
    input: z.strictObject({ file: backupFile }),
    access: 'admin',
    run: 'file',
    inRecovery: true,
  }),
  'backups.undoRestore': method<Restored>()({ input: z.strictObject({}), access: 'admin', run: 'file' }),
};
