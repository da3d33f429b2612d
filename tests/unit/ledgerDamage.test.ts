import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionStore } from '../../src-main/core/accounts/sessions';
import { readManifest, writeManifest } from '../../src-main/core/backup/manifest';
import { BACKUP_FOLDER, FAILED_CHECK } from '../../src-main/core/backup/service';
import { backupFileName } from '../../src-main/core/backup/snapshot';
import { SAVING_STOPPED } from '../../src-main/core/damageGuard';
import { DATABASE_FILE } from '../../src-main/core/db/open';
import { startCore } from '../../src-main/core/startup';
import type { AppStatus } from '../../src-shared/backups';
import { damageIndexEntry } from '../support/damage';
import { adminSession, insertAccount, startSession } from '../support/session';
import { call, dataFolder, meeting, newCore, quiet, topics, track } from './backupSupport';

// Damage made while the app was closed that the start does not see (db/cleanClose.ts: quick_check leaves out the
// indexes, and a file closed cleanly is not read at all) is found by the full check of the start-up copy. From then
// on every window shows it (app.status, asked every few seconds), saving stops, and the administrator can take the
// ledger to the recovery screen.

const MARKER = '损坏标记QQQQ';

/** A ledger with a checked manual backup holding `MARKER`'s meeting, closed, then one index entry damaged. */
async function ledgerDamagedWhileClosed(): Promise<string> {
  const dir = dataFolder();
  const core = newCore(dir);
  await call(core, 'registers.create', meeting(MARKER));
  await call(core, 'backups.create', {});
  await core.backups.settled();
  await core.close();
  damageIndexEntry(path.join(dir, DATABASE_FILE), 'study_meeting_sorted_by_topic', MARKER);
  return dir;
}

/** app.status as a window asks it: no session at all. */
async function publicStatus(core: { invoke: (m: string, i: unknown) => Promise<unknown> }): Promise<AppStatus> {
  const answer = (await core.invoke('app.status', {})) as { ok: true; value: AppStatus };
  expect(answer.ok).toBe(true);
  return answer.value;
}

describe('damage found by the start-up copy', () => {
  it('changes the status every window reads, stops saving but not reading or exporting, and leads to the recovery screen', async () => {
    const dir = await ledgerDamagedWhileClosed();
    const core = track(await startCore(dir, { ...quiet, startBackupAfterMs: 0 }));
    // The start's check does not see it …
    expect(core.status()).toEqual({ mode: 'normal', damage: null });
    // … the start-up copy's check does, and the ledger's own full check confirms it.
    await core.backups.settled();
    const status = await publicStatus(core);
    expect(status).toEqual({ mode: 'normal', damage: { foundAt: expect.any(String) } });
    expect(core.backups.list().find((entry) => entry.kind === '启动')?.verification.ok).toBe(false);

    // Work typed now would be lost with the file: saving is refused, in words that say what to do.
    const refused = await core.invoke('registers.create', meeting('损坏后录入'), adminSession(core));
    expect(refused).toEqual({ ok: false, error: { message: SAVING_STOPPED } });
    expect(SAVING_STOPPED).toMatch(/已停止保存.*从完好的备份恢复/);
    // Reading and copying out go on.
    expect(await topics(core)).toEqual([MARKER]);
    const book = await call(core, 'registers.exportBook', {
      register: 'studyMeeting',
      from: '2025-01-01',
      to: '2025-12-31',
      numbers: 'masked',
    });
    expect(book.fileName).toMatch(/\.xlsx$/);

    // The administrator takes the ledger to the recovery screen: the backups are offered there.
    const entered = await call(core, 'app.enterRecovery', {});
    expect(entered).toEqual({ mode: 'recovery', problem: FAILED_CHECK });
    expect(await publicStatus(core)).toEqual({ mode: 'recovery', problem: FAILED_CHECK });
    const { backups } = await call(core, 'backups.list', {});
    const good = backups.find((entry) => entry.verification.ok)!;
    expect(good.kind).toBe('手动');
    await call(core, 'backups.restore', { file: good.file });

    // The restored ledger is another file, with nothing known against it: saving works again.
    expect(await publicStatus(core)).toEqual({ mode: 'normal', damage: null });
    await call(core, 'registers.create', meeting('恢复后录入'));
    expect(await topics(core)).toEqual([MARKER, '恢复后录入'].sort(new Intl.Collator('zh-CN').compare));
    expect(fs.readdirSync(dir).some((name) => name.startsWith('损坏-') && name.endsWith(DATABASE_FILE))).toBe(true);
  });

  it('does not stop the work when only the copy is bad and the ledger itself passes the full check', async () => {
    const core = track(await startCore(dataFolder(), { ...quiet, startBackupAfterMs: 0 }));
    await core.backups.settled();
    // A copy the disk garbled while it was written, whose check the last session did not finish.
    const folder = core.backups.folder;
    const createdAt = '2026-01-01T00:00:00.000Z';
    const file = backupFileName('每日', createdAt);
    fs.writeFileSync(path.join(folder, file), Buffer.alloc(8192, 0x5a));
    const pending = { ok: false, pending: true, detail: '', checkedAt: '' };
    writeManifest(folder, [
      ...readManifest(folder),
      { file, createdAt, kind: '每日', size: 8192, counts: {}, verification: pending },
    ]);
    core.backups.list();
    await core.backups.settled();
    // The copy failed its check (and, being bad, was let go by the rotation) …
    expect(core.backups.copiesSound()).toBe(false);
    // … but the ledger passed its own: no banner, and saving goes on.
    expect(core.status()).toEqual({ mode: 'normal', damage: null });
    await call(core, 'registers.create', meeting('照常录入'));
    expect((await core.invoke('app.enterRecovery', {}, adminSession(core))).ok).toBe(false);
  });

  it('keeps the recovery screen from staff, and from anyone while no damage is known', async () => {
    const dir = await ledgerDamagedWhileClosed();
    const core = track(await startCore(dir, { ...quiet, startBackupAfterMs: 0 }));
    const early = await core.invoke('app.enterRecovery', {}, adminSession(core));
    expect(early).toEqual({ ok: false, error: { message: '数据文件没有发现损坏，不需要进入恢复页面' } });
    await core.backups.settled();
    insertAccount(core, { username: 'li', name: '李四', role: 'staff' }, 'x');
    const staff = startSession(core, 'li');
    expect(await core.invoke('app.enterRecovery', {}, staff)).toEqual({
      ok: false,
      error: { message: '只有管理员可以进行此操作' },
    });
    expect((await core.invoke('app.enterRecovery', {})).ok).toBe(false);
    expect(core.status()).toMatchObject({ mode: 'normal', damage: { foundAt: expect.any(String) } });
  });
});

describe('app.status', () => {
  it('names no path before a login', async () => {
    const dir = dataFolder();
    const core = track(await startCore(dir, quiet));
    const status = await publicStatus(core);
    expect(status).toEqual({ mode: 'normal', damage: null });
    expect(JSON.stringify(status)).not.toContain(path.basename(dir));
    // The folder is the administrator's to see, through backups.list.
    expect((await call(core, 'backups.list', {})).dataDir).toBe(dir);
    expect((await core.invoke('backups.list', {})).ok).toBe(false);
    expect(BACKUP_FOLDER).toBe('备份');
  });

  it('is not the clerk’s activity: asking it every few seconds does not keep an idle session unlocked', async () => {
    let now = Date.parse('2026-03-02T08:00:00Z');
    const core = newCore(dataFolder(), { sessions: new SessionStore(() => now) });
    const session = adminSession(core);
    expect((await core.invoke('registers.list', { register: 'studyMeeting' }, session)).ok).toBe(true);
    // 16 minutes of a window asking every 3 seconds, nobody at the keyboard (设置's lock: 15 minutes).
    for (let asked = 0; asked < 320; asked++) {
      now += 3_000;
      await core.invoke('app.status', {}, session);
    }
    expect(await core.invoke('registers.list', { register: 'studyMeeting' }, session)).toMatchObject({
      ok: false,
      error: { auth: 'locked' },
    });
  });
});
