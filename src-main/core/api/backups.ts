import type { backupMethods } from '../../../src-shared/api/backups';
import type { Implementations } from './implementation';

// These work on the database file: the router writes their audit entry afterwards, into the database of the moment.

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
  'backups.restore': ({ backups }, { file }) => backups.restore(file),
  'backups.undoRestore': ({ backups }) => backups.undoRestore(),
};
