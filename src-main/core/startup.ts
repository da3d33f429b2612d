import { openCore, type Core, type CoreOptions } from '.';
import { UserError } from './errors';
import { describeFolderFailure } from './fileErrors';
import { limitHeapGrowth } from './heap';
import { acquireDataLock, type DataLock } from './instanceLock';
import { closeDataFolder } from './privateFiles';

// How the desktop app and `npm run web` start the core: lock the data folder, open with the start-up check
// (recovery mode if the file is damaged), back up soon after start and then once a day while running. The copies are
// written by a worker from a connection of its own (backup/worker.ts), outside the core's queue of calls: the clerk
// works while ten years of records are copied (seconds; npm run bench).

export const DAILY_CHECK_MS = 60 * 60 * 1000;
/**
 * The start-up copy waits until the window, the login and 首页 have loaded: copying 1.2 GB at the same moment made the
 * first screen of `npm run web` take 1.8 s instead of 0.9 s on this 2-core machine (npm run bench).
 */
export const START_BACKUP_AFTER_MS = 20_000;

export interface StartOptions extends CoreOptions {
  /** 0: the start-up copy at once (tests, and the bench, which times it). */
  startBackupAfterMs?: number;
}

/**
 * The data folder locked for this process and closed to other accounts. A folder that cannot be written (read-only,
 * another owner's, a full disk) is named with its cause in Chinese, not as `EACCES … unlink …`.
 */
function lockDataFolder(dataDir: string, options: StartOptions): DataLock {
  try {
    const lock = acquireDataLock(dataDir, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    closeDataFolder(dataDir);
    return lock;
  } catch (error) {
    const described = error instanceof UserError ? null : describeFolderFailure(error, dataDir);
    throw described ? new UserError(described) : error;
  }
}

export async function startCore(dataDir: string, options: StartOptions = {}): Promise<Core> {
  limitHeapGrowth();
  const log = options.log ?? ((error: unknown, what: string) => console.error(`[${what}]`, error));
  const lock = lockDataFolder(dataDir, options);
  let core: Core;
  try {
    core = await openCore(dataDir, options);
  } catch (error) {
    lock.release();
    throw error;
  }
  const backUp = async (what: 'start' | 'daily') => {
    if (core.status().mode !== 'normal') return;
    try {
      await (what === 'start' ? core.backups.create('启动') : core.backups.ensureDaily());
    } catch (error) {
      // A failed backup must not stop the clerk's work; the next one is tried at the next check.
      log(error, `backup:${what}`);
    }
  };
  const startBackupAfterMs = options.startBackupAfterMs ?? START_BACKUP_AFTER_MS;
  const startBackup = startBackupAfterMs === 0 ? null : setTimeout(() => void backUp('start'), startBackupAfterMs);
  if (startBackup) startBackup.unref();
  else void backUp('start');
  const refreshReminders = () => {
    if (core.status().mode === 'normal')
      void core.refreshReminders().catch((error: unknown) => log(error, 'reminders'));
  };
  // 首页's reminders worked out while the login screen waits for the password.
  refreshReminders();
  // Hourly: the day's copy, and, once the date has changed with the app left open overnight, the new day's reminders
  // (all of them: a county's take a quarter of a second), so the morning's first 首页 does not wait for them.
  const timer = setInterval(() => {
    void backUp('daily');
    refreshReminders();
  }, DAILY_CHECK_MS);
  timer.unref();
  return {
    invoke: core.invoke,
    sessions: core.sessions,
    backups: core.backups,
    status: core.status,
    serial: core.serial,
    tidy: core.tidy,
    refreshReminders: core.refreshReminders,
    get ledger() {
      return core.ledger;
    },
    close: async () => {
      clearInterval(timer);
      // Closed within seconds of starting: no start-up copy this time (nothing much can have changed).
      if (startBackup) clearTimeout(startBackup);
      try {
        await core.close();
      } finally {
        lock.release();
      }
    },
  };
}
