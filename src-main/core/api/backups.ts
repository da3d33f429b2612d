import type { backupMethods } from '../../../src-shared/api/backups';
import type { Implementations } from './implementation';

// These work on the database file. The router writes the audit entry of a copy afterwards; a restore writes its own,
// into the restored ledger as part of the restore (backup/restoreStaging.ts).

export const backupHandlers: Implementations<keyof typeof backupMethods> = {
  'app.status': async ({ appStatus }) => appStatus(),
  'app.enterRecovery': ({ enterRecovery }) => enterRecovery(),
  'backups.list': async ({ backups }) => ({
    backups: backups.list(),
    folder: backups.folder,
    dataDir: backups.dataDir,
    undoable: backups.undoable(),
  }),
  'backups.create': ({ backups }) => backups.create('手动'),
  'backups.saveAs': ({ backups }) => backups.saveAs(),
  'backups.restore': ({ backups, actor }, { file }) => backups.restore(file, actor),
  'backups.undoRestore': ({ backups, actor }) => backups.undoRestore(actor),
};
