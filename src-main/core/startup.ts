import { openCore, type Core, type CoreOptions } from '.';
import { limitHeapGrowth } from './heap';
import { acquireDataLock } from './instanceLock';

// How the desktop app and `npm run web` start the core: lock the data folder, open with the start-up check
// (recovery mode if the file is damaged), back up at start and then once a day while running. The copies are written
// by a worker from a connection of its own (backup/worker.ts), outside the core's queue of calls: the window opens and
// the clerk works while ten years of records are copied (seconds; npm run bench).

const DAILY_CHECK_MS = 60 * 60 * 1000;

export async function startCore(dataDir: string, options: CoreOptions = {}): Promise<Core> {
  limitHeapGrowth();
  const log = options.log ?? ((error: unknown, what: string) => console.error(`[${what}]`, error));
  const lock = acquireDataLock(dataDir);
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
  void backUp('start');
  // 首页's reminders worked out while the login screen waits for the password.
  if (core.status().mode === 'normal') void core.refreshReminders().catch((error: unknown) => log(error, 'reminders'));
  const timer = setInterval(() => void backUp('daily'), DAILY_CHECK_MS);
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
      try {
        await core.close();
      } finally {
        lock.release();
      }
    },
  };
}
