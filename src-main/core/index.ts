import { apiMethods, isApiMethod } from '../../src-shared/api';
import type { AppStatus } from '../../src-shared/backups';
import { RECOVERY_METHODS } from '../../src-shared/permissions';
import { Backups, describeOpenFailure, FAILED_CHECK, type BackupOptions } from './backup/service';
import { SessionStore } from './accounts/sessions';
import { refusedOnDamagedLedger } from './damageGuard';
import { noteCleanClose } from './db/cleanClose';
import { IdleHousekeeping, tidyLedger, type Tidied } from './db/housekeeping';
import { openLedger, type Ledger, type OpenOptions } from './db/open';
import { UserError } from './errors';
import { describeFolderFailure } from './fileErrors';
import { LedgerSlot } from './ledgerSlot';
import { createRouter, type Invoke, type RouterOptions } from './router';
import { createSerial, type Serial } from './serial';
import { refreshReminders as refreshReminderCache } from './reminders/cache';
import { todayIso } from '../../src-shared/dates';

export interface Core {
  /** The database of the moment (a restore replaces it); throws while the recovery screen is shown. */
  readonly ledger: Ledger;
  readonly invoke: Invoke;
  /** Who is logged in, in memory only. */
  readonly sessions: SessionStore;
  readonly backups: Backups;
  status(): AppStatus;
  /** Runs `task` between API calls, never during one. */
  readonly serial: Serial;
  /** The housekeeping the app otherwise does after a pause in the clerk's work (db/housekeeping.ts), now. */
  tidy(): Promise<Tidied | null>;
  /** Works out 首页's reminders ahead of 首页 (reminders/cache.ts); the app does this at start and in a pause. */
  refreshReminders(): Promise<void>;
  close(): Promise<void>;
}

export type CoreOptions = OpenOptions & RouterOptions & BackupOptions;

/** Everything the app does, without Electron: the tests start here; the shell and web server use startCore. */
export function createCore(dataDir: string, options: CoreOptions = {}): Core {
  return assemble(dataDir, new LedgerSlot(openLedger(dataDir, options)), options);
}

/**
 * Opens the ledger as the app does at start: `PRAGMA quick_check`, a backup before any migration, and — when the
 * file is damaged or cannot be opened — a core in recovery mode that offers the backups instead of failing.
 */
export async function openCore(dataDir: string, options: CoreOptions = {}): Promise<Core> {
  const slot = new LedgerSlot(null, '正在打开数据文件');
  const core = assemble(dataDir, slot, options);
  try {
    slot.fill(await core.backups.open());
  } catch (error) {
    // A newer version's file is intact: say so instead of offering to overwrite it with an old backup.
    if (error instanceof UserError) throw error;
    // Neither is a folder the app may not write (read-only, another owner's) or a full disk: a restore would fail
    // the same way. The clerk is told what is wrong with the folder instead.
    const folderTrouble = describeFolderFailure(error, dataDir);
    if (folderTrouble) throw new UserError(folderTrouble);
    (options.log ?? console.error)(error, 'open');
    slot.empty(describeOpenFailure(error));
  }
  return core;
}

function assemble(dataDir: string, slot: LedgerSlot, options: CoreOptions): Core {
  const backups = new Backups(dataDir, slot, options);
  const sessions = options.sessions ?? new SessionStore();
  // A session belongs to the ledger it was started on. Once that ledger is taken out (a restore or its undoing, the
  // app closing) every session ends, the restoring administrator's too: whoever comes back logs in to what is there.
  slot.onEmptied(() => sessions.endAll());
  const serial = createSerial();
  const status = (): AppStatus =>
    slot.peek()
      ? { mode: 'normal', damage: backups.damage() }
      : { mode: 'recovery', problem: slot.problem ?? '数据文件无法打开' };
  // Inside the router's call (in the queue), so no call runs on the ledger as it closes.
  const enterRecovery = async (): Promise<AppStatus> => {
    if (!backups.damage()) throw new UserError('数据文件没有发现损坏，不需要进入恢复页面');
    // A copy still reading the file finishes first (a restore will put another file in its place).
    await backups.copied();
    await slot.empty(FAILED_CHECK)?.close();
    return status();
  };
  const tidy = () =>
    serial(async () => {
      const ledger = slot.peek();
      return ledger ? tidyLedger(ledger.sqlite) : null;
    });
  // One clock for the calls and for the reminders worked out between them.
  const today = options.today ?? (() => todayIso());
  const refreshReminders = () =>
    serial(async () => {
      const ledger = slot.peek();
      if (ledger) await refreshReminderCache(ledger.db, today());
    });
  const housekeeping = new IdleHousekeeping(async () => {
    try {
      const tidied = await tidy();
      await refreshReminders();
      return tidied;
    } catch (error) {
      (options.log ?? console.error)(error, 'tidy');
      return null;
    }
  });
  const route = createRouter(
    {
      db: () => slot.get().db,
      hasLedger: () => slot.peek() !== null,
      files: { backups, appStatus: status, enterRecovery },
      serial,
      refuse: (method) => {
        if (!slot.peek())
          return RECOVERY_METHODS.has(method) ? null : `${slot.problem ?? '数据文件无法打开'}，请先从备份恢复`;
        return backups.damage() ? refusedOnDamagedLedger(method) : null;
      },
    },
    { dataDir, ...options, sessions, today },
  );
  const invoke: Invoke = async (method, input, sessionId) => {
    // Asked every few seconds by every window: not the clerk's activity (src-shared/api/declare.ts).
    if (isApiMethod(method) && apiMethods[method].polled) return route(method, input, null);
    try {
      return await route(method, input, sessionId);
    } finally {
      housekeeping.touch();
    }
  };
  return {
    get ledger() {
      return slot.get();
    },
    invoke,
    sessions,
    backups,
    status,
    serial,
    tidy,
    refreshReminders,
    close: async () => {
      housekeeping.close();
      // A copy being written reads the database file through a connection of its own: it finishes first.
      await backups.copied();
      const closing = await serial(async () => {
        const ledger = slot.empty('程序已关闭');
        await ledger?.close();
        return ledger;
      });
      // A backup still being checked finishes first, so its result reaches the manifest.
      await backups.settled();
      // The next start can then skip reading the whole file, if nothing has touched it meanwhile.
      if (closing && backups.copiesSound()) noteCleanClose(closing.file);
    },
  };
}
