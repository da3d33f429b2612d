import type { Selectable } from 'kysely';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core';
import type { AuditLogTable } from '../../src-main/core/db/schema';
import { readManifest, writeManifest } from '../../src-main/core/backup/manifest';
import { RESTORE_STAGING } from '../../src-main/core/backup/restoreStaging';
import { BACKUP_FOLDER } from '../../src-main/core/backup/service';
import { DATABASE_FILE } from '../../src-main/core/db/open';
import { registerDef } from '../../src-shared/registers';
import type { ApiInput, ApiMethod, ApiOutput } from '../../src-shared/handlers';
import { SEED_SETTINGS } from '../support/office';
import { call, dataFolder, meeting, newCore, startedCore, topics } from './backupSupport';
import { committeeIdsOf, sampleRecord } from './samples';

// The 操作日志 is append-only across restores: a restore (and 撤销恢复) carries every entry of the live log into the
// restored ledger, ids and order kept, then appends its own line — so restoring an older backup cannot hide what was
// exported, generated or deleted since.

type LogRow = Selectable<AuditLogTable>;

function fullLog(core: Core): LogRow[] {
  return core.ledger.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() as LogRow[];
}

/** The log without account numbers: those are re-pointed (or cleared) where the restored file's accounts differ. */
const unnumbered = (rows: LogRow[]) => rows.map(({ account_id: _, ...rest }) => rest);

const STAFF = { username: 'liming', name: '李明', password: 'keyuan-2026!' };

async function asStaff<M extends ApiMethod>(
  core: Core,
  session: string,
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const result = await core.invoke(method, input, session);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

/**
 * After `backup` was taken: a staff account exports a book with full 身份证号, generates a document, and the
 * administrator deletes the record for good — what a restore of that backup must not make disappear from the log.
 */
async function aDayOfWork(core: Core): Promise<void> {
  await call(core, 'accounts.create', { ...STAFF, role: 'staff' });
  const login = await core.invoke('auth.login', { username: STAFF.username, password: STAFF.password });
  if (!login.ok || !login.session) throw new Error('staff login failed');
  const staff = login.session;
  const settings = await call(core, 'settings.get', {});
  const data = sampleRecord(registerDef('petition'), { committeeIds: committeeIdsOf(settings), date: '2026-03-02' });
  const record = await asStaff(core, staff, 'registers.create', { register: 'petition', data });
  await asStaff(core, staff, 'registers.exportBook', {
    register: 'petition',
    from: '2026-01-01',
    to: '2026-12-31',
    numbers: 'full',
  });
  await asStaff(core, staff, 'documents.generate', { register: 'petition', id: record.id, kind: 'visitRecord' });
  await call(core, 'registers.delete', { register: 'petition', id: record.id });
  await call(core, 'recycle.purge', { register: 'petition', id: record.id });
}

/** Restores `file` (or undoes the last restore) and checks the log: all that was there, then the restore line. */
async function restoreKeepingLog(core: Core, file: string | null): Promise<LogRow[]> {
  const before = fullLog(core);
  const result = file ? await call(core, 'backups.restore', { file }) : await call(core, 'backups.undoRestore', {});
  const after = fullLog(core);
  expect(unnumbered(after.slice(0, -1))).toEqual(unnumbered(before));
  const line = after[after.length - 1]!;
  expect(line).toMatchObject({
    id: before[before.length - 1]!.id + 1,
    user_name: '王晓红',
    account_id: 1,
    action: 'backup',
    summary: file ? `从备份 ${file} 恢复` : `撤销恢复，回到 ${result.restored.file}`,
  });
  return after;
}

describe('a restore keeps the 操作日志', () => {
  it('carries every entry since the backup (export with full numbers, document, permanent deletion) and appends its line', async () => {
    const core = newCore();
    await call(core, 'settings.save', SEED_SETTINGS);
    const old = await call(core, 'backups.create', {});
    await aDayOfWork(core);
    const before = fullLog(core);
    expect(before.map((row) => row.action)).toEqual(
      expect.arrayContaining(['account', 'login', 'create', 'export', 'generate', 'delete', 'purge']),
    );
    expect(before.find((row) => row.action === 'export')).toMatchObject({ user_name: '李明', account_id: 2 });

    const after = await restoreKeepingLog(core, old.file);
    // The records are the backup's: the petition never existed there …
    expect((await call(core, 'registers.list', { register: 'petition' })).total).toBe(0);
    // … but its history stays. 李明's account did not exist when the backup was taken: his entries keep his name and
    // point at no account, as account 2 may be someone else in this ledger later.
    expect(after.filter((row) => row.user_name === '李明').every((row) => row.account_id === null)).toBe(true);
    expect(after.filter((row) => row.user_name === '王晓红').every((row) => row.account_id === 1)).toBe(true);
    // The table still refuses changes.
    expect(() => core.ledger.sqlite.prepare('DELETE FROM audit_log').run()).toThrow('只能追加');
    expect(() => core.ledger.sqlite.prepare("UPDATE audit_log SET summary = ''").run()).toThrow('只能追加');
    // The staged copy is gone.
    expect(fs.existsSync(path.join(core.backups.dataDir, RESTORE_STAGING))).toBe(false);
  });

  it('keeps it through four restores in a row, undoing one of them', async () => {
    const core = newCore();
    await call(core, 'settings.save', SEED_SETTINGS);
    const first = await call(core, 'backups.create', {});
    await call(core, 'registers.create', meeting('第一次备份后'));
    const second = await call(core, 'backups.create', {});
    await aDayOfWork(core);
    const start = fullLog(core);

    await restoreKeepingLog(core, first.file);
    await call(core, 'registers.create', meeting('恢复后新增'));
    await restoreKeepingLog(core, second.file);
    expect(await topics(core)).toEqual(['第一次备份后']);
    await restoreKeepingLog(core, null);
    expect(await topics(core)).toEqual(['恢复后新增']);
    const last = await restoreKeepingLog(core, first.file);

    expect(unnumbered(last.slice(0, start.length))).toEqual(unnumbered(start));
    expect(last.slice(start.length).map((row) => `${row.action} ${row.summary}`)).toEqual([
      `backup 从备份 ${first.file} 恢复`,
      // A record's line names it by its summary and date (src-shared/recordName.ts).
      expect.stringMatching(/^create 恢复后新增 \d{4}-\d{2}-\d{2}$/u),
      `backup 从备份 ${second.file} 恢复`,
      expect.stringMatching(/^backup 撤销恢复，回到 ledger-.*-pre-restore\.sqlite3$/),
      `backup 从备份 ${first.file} 恢复`,
    ]);
    // Ids only grow.
    expect(last.map((row) => row.id)).toEqual(last.map((row) => row.id).sort((a, b) => a - b));
  });

  it("keeps this office's log when the backup is another office's file, and names no account of it", async () => {
    const other = newCore();
    const setup = await other.invoke('auth.setup', {
      officeName: '西河镇司法所',
      county: null,
      township: null,
      admin: { username: 'zhaosz', name: '赵所长', password: 'xihe-2026-mima' },
    });
    expect(setup.ok).toBe(true);
    const ownAdmin = await other.invoke('auth.login', { username: 'zhaosz', password: 'xihe-2026-mima' });
    await other.invoke('registers.create', meeting('西河镇的会议'), ownAdmin.ok ? ownAdmin.session : null);
    const foreign = await other.backups.create('手动');
    await other.backups.settled();

    const core = newCore();
    await call(core, 'registers.create', meeting('东河镇的会议'));
    fs.mkdirSync(core.backups.folder, { recursive: true });
    fs.copyFileSync(path.join(other.backups.folder, foreign.file), path.join(core.backups.folder, foreign.file));
    const before = fullLog(core);
    await call(core, 'backups.restore', { file: foreign.file });
    const after = fullLog(core);
    expect(core.ledger.sqlite.prepare('SELECT topic FROM study_meeting').all()).toEqual([{ topic: '西河镇的会议' }]);
    expect(unnumbered(after.slice(0, -1))).toEqual(unnumbered(before));
    // Account 1 there is 赵所长: this office's entries (and the restore line) name no account number.
    expect(after.every((row) => row.account_id === null)).toBe(true);
    expect(after.some((row) => row.user_name === '赵所长')).toBe(false);
    expect(after[after.length - 1]).toMatchObject({ user_name: '王晓红', summary: `从备份 ${foreign.file} 恢复` });
  });

  it('on the recovery screen carries the damaged ledger’s log as far as it can be read, then the backup’s own', async () => {
    const dir = dataFolder();
    const core = newCore(dir);
    await call(core, 'settings.save', SEED_SETTINGS);
    for (let i = 0; i < 10; i++) await call(core, 'registers.create', meeting(`备份前${i}`));
    const backup = await call(core, 'backups.create', {});
    for (let i = 0; i < 300; i++) await call(core, 'registers.create', { ...meeting(`备份后${i}`) });
    const live = fullLog(core);
    await core.close();
    // One leaf page of the log, in its middle, overwritten: SQLite reads the entries before it, then stops.
    const file = path.join(dir, DATABASE_FILE);
    const probe = new Database(file, { readonly: true });
    const pages = probe
      .prepare("SELECT pageno FROM dbstat WHERE name = 'audit_log' AND pagetype = 'leaf' ORDER BY path")
      .all() as { pageno: number }[];
    const pageSize = probe.pragma('page_size', { simple: true }) as number;
    probe.close();
    expect(pages.length).toBeGreaterThan(4);
    const bad = pages[Math.floor(pages.length / 2)]!.pageno;
    const bytes = fs.readFileSync(file);
    bytes.fill(0xa5, (bad - 1) * pageSize, bad * pageSize);
    fs.writeFileSync(file, bytes);

    const recovering = await startedCore(dir);
    expect(recovering.status().mode).toBe('recovery');
    await call(recovering, 'backups.restore', { file: backup.file });
    const after = fullLog(recovering);
    const line = after[after.length - 1]!;
    const carried = Number(/读出其操作日志前 (\d+) 条/.exec(line.summary)?.[1]);
    expect(line).toMatchObject({ user_name: '（恢复页面）', account_id: null, action: 'backup' });
    expect(carried).toBeGreaterThan(0);
    expect(carried).toBeLessThan(live.length);
    // The readable part, unchanged …
    expect(after.slice(0, carried)).toEqual(live.slice(0, carried));
    // … then the backup's own entries after it (none here: the damaged part is all from after the backup).
    expect(after.length).toBe(carried + 1);
  });

  it('on the recovery screen keeps the backup’s own log when the ledger is gone, and says so', async () => {
    const dir = dataFolder();
    const core = newCore(dir);
    await call(core, 'registers.create', meeting('备份里的记录'));
    const backup = await call(core, 'backups.create', {});
    const inBackup = fullLog(core);
    await core.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(dir, DATABASE_FILE + suffix), { force: true });

    const recovering = await startedCore(dir);
    await call(recovering, 'backups.restore', { file: backup.file });
    const after = fullLog(recovering);
    // All of the backup's own log (its 立即备份 entry was written after the copy was taken, so it is not in it).
    expect(after.slice(0, -1)).toEqual(inBackup.slice(0, -1));
    expect(after[after.length - 1]!.summary).toBe(
      `从备份 ${backup.file} 恢复（原数据文件不见了或读不出操作日志，保留备份自己的操作日志）`,
    );
  });

  it('refuses a backup from a newer version before touching the ledger, and leaves no staged copy', async () => {
    const core = newCore();
    await call(core, 'registers.create', meeting('现有记录'));
    const made = await call(core, 'backups.create', {});
    await core.backups.settled();
    const copy = new Database(path.join(core.backups.folder, made.file));
    copy.pragma('user_version = 999');
    copy.close();
    // Listed as the newer version's own copy would be: its hash is that of the file as it is now.
    const folder = core.backups.folder;
    const sha256 = createHash('sha256')
      .update(fs.readFileSync(path.join(folder, made.file)))
      .digest('hex');
    writeManifest(
      folder,
      readManifest(folder).map((entry) => (entry.file === made.file ? { ...entry, sha256 } : entry)),
    );
    const before = fullLog(core);
    await expect(call(core, 'backups.restore', { file: made.file })).rejects.toThrow('更新版本');
    expect(await topics(core)).toEqual(['现有记录']);
    expect(fullLog(core)).toEqual(before);
    expect(fs.existsSync(path.join(core.backups.dataDir, RESTORE_STAGING))).toBe(false);
    expect(fs.readdirSync(path.join(core.backups.dataDir, BACKUP_FOLDER)).some((f) => f.includes('pre-restore'))).toBe(
      false,
    );
  });
});
