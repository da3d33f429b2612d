import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE } from '../../src-main/core/db/open';
import { acquireDataLock, LOCK_FILE } from '../../src-main/core/instanceLock';
import { DAILY_CHECK_MS, START_BACKUP_AFTER_MS, startCore } from '../../src-main/core/startup';
import { reminderCacheFor } from '../../src-main/core/reminders/cache';
import { BACKUP_FOLDER } from '../../src-main/core/backup/service';
import { invokeAsAdmin } from '../support/session';
import { dataFolder, quiet, track } from './backupSupport';

/** The start-up copy at once rather than 20 s after start. */
const atOnce = { ...quiet, startBackupAfterMs: 0 };

const JITI = fileURLToPath(new URL('../../node_modules/.bin/jiti', import.meta.url));
const HOLDER = fileURLToPath(new URL('./lock/holder.ts', import.meta.url));
const NODE_BINDING = path.join(
  path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
  'build/Release/better_sqlite3.node',
);
const IN_USE = /正由另一个司法所电子台账程序使用：.*请切换到已打开的台账窗口/;

/** Another process holding the lock on `dir` (the app's own code, run from its source): resolves once it holds it. */
function holdInAnotherProcess(dir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(JITI, [HOLDER, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code, signal) => reject(new Error(`holder exited (${code ?? signal}): ${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'held') resolve(child);
    });
  });
}

describe('one program per data folder', () => {
  it('refuses a second lock on the same folder in the same process while the first is held, in Chinese, and allows it after release', () => {
    const dir = dataFolder();
    const first = acquireDataLock(dir);
    expect(() => acquireDataLock(dir)).toThrow(IN_USE);
    // A refused attempt must not loosen the lock that is held (POSIX locks are per process, not per connection).
    expect(() => acquireDataLock(dir)).toThrow(IN_USE);
    first.release();
    // The file stays (deleting it could let two programs lock two different files); the lock does not.
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);
    acquireDataLock(dir).release();
  });

  it('refuses while another program holds the folder, and starts at once after that program is killed', async () => {
    const dir = dataFolder();
    const holder = await holdInAnotherProcess(dir);
    try {
      expect(() => acquireDataLock(dir)).toThrow(IN_USE);
      await expect(startCore(dir, atOnce)).rejects.toThrow(IN_USE);
    } finally {
      const exited = new Promise((resolve) => holder.once('exit', resolve));
      holder.kill('SIGKILL');
      await exited;
    }
    // The operating system let go of the lock with the killed process: nothing to take over, nothing to delete.
    const core = track(await startCore(dir, atOnce));
    expect(core.status().mode).toBe('normal');
  });

  it('starts on a lock file of the old kind naming a process id that is now another running program (pid reuse)', async () => {
    // The old lock held a process id; after a crash the id could belong to any program, which blocked the start.
    // This test runner and init (pid 1) are certainly running.
    for (const pid of [process.pid, 1]) {
      const dir = dataFolder();
      fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid, startedAt: '2026-01-01T00:00:00.000Z' }));
      const core = await startCore(dir, atOnce);
      expect(core.status().mode).toBe('normal');
      expect(() => acquireDataLock(dir)).toThrow(IN_USE);
      await core.close();
    }
  });

  it('takes over a lock file of the old kind left by a program that is no longer running', () => {
    const dir = dataFolder();
    // A real process id that has certainly exited.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: gone }));
    const lock = acquireDataLock(dir);
    expect(() => acquireDataLock(dir)).toThrow(IN_USE);
    lock.release();
  });

  it('opens the lock with the better-sqlite3 build it is given, as the desktop app gives its own', async () => {
    const dir = dataFolder();
    const missing = path.join(dir, 'no_such_binding.node');
    expect(() => acquireDataLock(dir, { nativeBinding: missing })).toThrow(/no_such_binding\.node/);
    await expect(startCore(dir, { ...atOnce, nativeBinding: missing })).rejects.toThrow(/no_such_binding\.node/);
    acquireDataLock(dir, { nativeBinding: NODE_BINDING }).release();
  });

  it('a started core holds the lock, takes a start-up backup without waiting for it, and gives the lock back when closed', async () => {
    const dir = dataFolder();
    const core = await startCore(dir, atOnce);
    // Started and ready for calls while the worker is still writing the copy (it reports back in a later task).
    expect(core.backups.list()).toEqual([]);
    expect((await invokeAsAdmin(core, 'app.status', {})).ok).toBe(true);
    // 首页's reminders were worked out first, queued at start (their change log exists once they have been).
    const kept = core.ledger.sqlite
      .prepare("SELECT count(*) AS n FROM temp.sqlite_master WHERE name = 'reminder_dirty'")
      .get();
    expect(kept).toEqual({ n: 1 });
    await expect(startCore(dir, atOnce)).rejects.toThrow(IN_USE);
    await core.backups.copied();
    expect(core.backups.list().map((entry) => entry.kind)).toEqual(['启动']);
    await core.close();
    track(await startCore(dir, atOnce));
  });

  it('on a damaged database starts in recovery mode, without a start-up backup over the good ones', async () => {
    const dir = dataFolder();
    const first = await startCore(dir, atOnce);
    await first.close();
    expect(fs.readdirSync(path.join(dir, BACKUP_FOLDER)).sort()).toEqual([
      expect.stringMatching(/-startup\.sqlite3$/),
      'manifest.json',
    ]);
    fs.writeFileSync(path.join(dir, DATABASE_FILE), 'garbage'.repeat(1000));
    const core = track(await startCore(dir, atOnce));
    expect(core.status().mode).toBe('recovery');
    expect(core.backups.list().map((entry) => entry.kind)).toEqual(['启动']);
    expect(() => core.ledger).toThrow('请在恢复页面选择一个备份恢复');
  });

  it('waits a while after start before the start-up copy, and takes none if closed before', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const dir = dataFolder();
      const early = await startCore(dir, quiet);
      await early.close();
      expect(early.backups.list()).toEqual([]);

      const core = track(await startCore(dir, quiet));
      await vi.advanceTimersByTimeAsync(START_BACKUP_AFTER_MS - 1000);
      expect(core.backups.list()).toEqual([]);
      await vi.advanceTimersByTimeAsync(1000);
      await core.backups.copied();
      expect(core.backups.list().map((entry) => entry.kind)).toEqual(['启动']);
    } finally {
      vi.useRealTimers();
    }
  });

  it("works out a new day's reminders within the hour after midnight, before 首页 is opened", async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let day = '2026-11-20';
      const core = track(await startCore(dataFolder(), { ...atOnce, today: () => day }));
      await core.serial(async () => undefined);
      const kept = reminderCacheFor(core.ledger.db);
      expect(kept.keptFor).toBe('2026-11-20');
      day = '2026-11-21';
      await vi.advanceTimersByTimeAsync(DAILY_CHECK_MS - 1000);
      expect(kept.keptFor).toBe('2026-11-20');
      await vi.advanceTimersByTimeAsync(1000);
      await core.serial(async () => undefined);
      expect(kept.keptFor).toBe('2026-11-21');
    } finally {
      vi.useRealTimers();
    }
  });
});
