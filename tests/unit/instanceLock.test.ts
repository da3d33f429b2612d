import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
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

describe('one program per data folder', () => {
  it('refuses a second lock on the same folder while the first is held, in Chinese, and allows it after release', () => {
    const dir = dataFolder();
    const first = acquireDataLock(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    expect(() => acquireDataLock(dir)).toThrow(/正由另一个司法所电子台账程序使用（进程号 \d+）/);
    first.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    acquireDataLock(dir).release();
  });

  it('takes over a lock left by a program that is no longer running', () => {
    const dir = dataFolder();
    // A real process id that has certainly exited.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: gone }));
    const lock = acquireDataLock(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
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
    await expect(startCore(dir, atOnce)).rejects.toThrow('正由另一个司法所电子台账程序使用');
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
