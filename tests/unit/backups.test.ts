import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../src-shared/backups';
import { MANIFEST_FILE } from '../../src-main/core/backup/manifest';
import { KEEP_DAYS, KEEP_MONTHS, planRotation } from '../../src-main/core/backup/rotation';
import { BACKUP_FOLDER, ROOM_TO_SPARE_BYTES } from '../../src-main/core/backup/service';
import { verifyBackup } from '../../src-main/core/backup/snapshot';
import { DATABASE_FILE } from '../../src-main/core/db/open';
import { DOWNLOAD_PATH } from '../../src-main/core/downloads';
import { migrations } from '../../src-main/core/db/migrations';
import { adminSession, invokeAsAdmin } from '../support/session';
import { openCore, type Core } from '../../src-main/core';
import { formatSize } from '../../src-shared/sizes';
import { call, dataFolder, meeting, newCore, quiet, startedCore, topics } from './backupSupport';

function entry(createdAt: string, kind: BackupEntry['kind'] = '启动', ok = true): BackupEntry {
  return {
    file: `${createdAt}-${kind}.sqlite3`,
    createdAt,
    kind,
    size: 1,
    counts: {},
    verification: { ok, detail: ok ? 'ok' : 'bad', checkedAt: createdAt },
  };
}

function sha256Of(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The live ledger's size as a copy takes it: its pages, those still in its -wal included. */
function ledgerBytes(core: Core): number {
  const sqlite = core.ledger.sqlite;
  return (
    (sqlite.pragma('page_count', { simple: true }) as number) * (sqlite.pragma('page_size', { simple: true }) as number)
  );
}

/** Noon, so the day is the same in every time zone the tests may run in. */
const noon = (day: string) => `${day}T12:00:00.000Z`;

describe('backup rotation', () => {
  it("keeps a copy still being checked without letting it replace the day's good copy", () => {
    const good = entry(noon('2025-03-01'));
    const pending: BackupEntry = {
      ...entry('2025-03-01T15:00:00.000Z', '手动'),
      verification: { ok: false, pending: true, detail: '正在校验', checkedAt: '' },
    };
    const older = entry(noon('2025-02-28'));
    const { keep, remove } = planRotation([pending, good, older]);
    expect(keep.map((e) => e.file)).toEqual([pending.file, good.file, older.file]);
    expect(remove).toEqual([]);
  });

  it('keeps the newest copy of each of the last 7 days and of each of the last 12 months', () => {
    const entries: BackupEntry[] = [];
    // Two copies a day for 400 days ending 2025-06-30.
    for (let i = 0; i < 400; i++) {
      const day = new Date(Date.UTC(2025, 5, 30 - i)).toISOString().slice(0, 10);
      entries.push(entry(`${day}T12:00:00.000Z`), entry(`${day}T09:00:00.000Z`, '每日'));
    }
    const { keep, remove } = planRotation(entries);
    expect(keep.length + remove.length).toBe(800);
    const keptDays = keep.map((e) => e.createdAt.slice(0, 10));
    // 7 daily copies (06-24 … 06-30), and the newest of each month back to 2024-07 (06 already counted).
    expect(keptDays.slice(0, KEEP_DAYS)).toEqual([
      '2025-06-30',
      '2025-06-29',
      '2025-06-28',
      '2025-06-27',
      '2025-06-26',
      '2025-06-25',
      '2025-06-24',
    ]);
    expect(keptDays.slice(KEEP_DAYS)).toEqual([
      '2025-05-31',
      '2025-04-30',
      '2025-03-31',
      '2025-02-28',
      '2025-01-31',
      '2024-12-31',
      '2024-11-30',
      '2024-10-31',
      '2024-09-30',
      '2024-08-31',
      '2024-07-31',
    ]);
    expect(new Set(keep.map((e) => e.createdAt.slice(0, 7))).size).toBe(KEEP_MONTHS);
    // Of each kept day, the later copy.
    expect(keep.every((e) => e.createdAt.endsWith('T12:00:00.000Z'))).toBe(true);
  });

  it('keeps the newest safety and manual copies, protected files and the newest copy even if it failed verification', () => {
    const days = Array.from({ length: 20 }, (_, i) => `2025-01-${String(i + 1).padStart(2, '0')}`);
    const entries = days.map((day) => entry(noon(day)));
    const safety = entry('2025-01-02T13:00:00.000Z', '恢复前');
    const manual = entry('2025-01-20T08:00:00.000Z', '手动');
    const failed = entry('2025-01-21T12:00:00.000Z', '启动', false);
    const { keep } = planRotation([...entries, safety, manual, failed], [entries[0]!.file]);
    const files = keep.map((e) => e.file);
    expect(files).toContain(safety.file);
    // Made on purpose the same day as a later start-up copy: still kept.
    expect(files).toContain(manual.file);
    expect(files).toContain(entries[0]!.file);
    expect(files).toContain(failed.file);
    // The failed copy does not take the place of a good daily one: 01-14 … 01-20 are still kept.
    expect(files).toContain(entries[13]!.file);
    expect(files).not.toContain(entries[5]!.file);
  });
});

describe('backups', () => {
  it('creates a verified copy with the backup API, lists it with its record counts, and records it in the manifest', async () => {
    const core = newCore();
    await call(core, 'registers.create', meeting('第一次会议'));
    await call(core, 'registers.create', meeting('第二次会议'));
    // The first copy lets no older one go.
    const { rotatedOut, ...written } = await call(core, 'backups.create', {});
    expect(rotatedOut).toEqual([]);
    expect(written.kind).toBe('手动');
    // 立即备份 returns once the copy is written; integrity_check and the counts follow in a worker thread.
    expect(written.verification).toMatchObject({ ok: false, pending: true });
    expect((await call(core, 'backups.list', {})).backups).toEqual([written]);
    await core.backups.settled();
    const { backups, folder } = await call(core, 'backups.list', {});
    const created = backups[0]!;
    expect(created).toMatchObject({ file: written.file, kind: '手动', size: written.size });
    expect(created.verification).toMatchObject({ ok: true, detail: 'ok' });
    // Hashed as it was checked: a restore compares it first.
    expect(created.sha256).toBe(sha256Of(path.join(folder, created.file)));
    expect(created.counts.studyMeeting).toBe(2);
    expect(created.counts.petition).toBe(0);
    expect(folder).toBe(path.join(core.backups.dataDir, BACKUP_FOLDER));
    expect(backups).toEqual([created]);
    expect(fs.statSync(path.join(folder, created.file)).size).toBe(created.size);
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, MANIFEST_FILE), 'utf8')) as {
      backups: BackupEntry[];
    };
    expect(manifest.backups).toEqual([created]);
    // The copy is a complete database of its own.
    const copy = new Database(path.join(folder, created.file), { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM study_meeting').get()).toEqual({ n: 2 });
    copy.close();
  });

  it('a copy written while the clerk saves is the ledger of one moment, and the saves go on meanwhile', async () => {
    const core = newCore();
    for (let i = 0; i < 200; i++) await call(core, 'registers.create', meeting(`会议${i}`));
    // The start-up and daily copies run beside the calls, not in their queue.
    const copying = core.backups.create('每日');
    const saved: number[] = [];
    for (let i = 0; i < 20; i++) saved.push((await call(core, 'registers.create', meeting(`备份时的会议${i}`))).id);
    const entry = await copying;
    await core.backups.settled();
    const checked = core.backups.list().find((e) => e.file === entry.file)!;
    expect(checked.verification).toMatchObject({ ok: true, detail: 'ok' });
    const copy = new Database(path.join(core.backups.folder, entry.file), { readonly: true });
    const copiedIds = (copy.prepare('SELECT id FROM study_meeting ORDER BY id').all() as { id: number }[]).map(
      (r) => r.id,
    );
    copy.close();
    // All 200 from before, then some prefix of those saved meanwhile: never a later save without an earlier one.
    expect(copiedIds.length).toBeGreaterThanOrEqual(200);
    expect(checked.counts.studyMeeting).toBe(copiedIds.length);
    expect(copiedIds.slice(200)).toEqual(saved.slice(0, copiedIds.length - 200));
    expect((await call(core, 'registers.list', { register: 'studyMeeting', pageSize: 1 })).total).toBe(220);
    // Copies are switched to a rollback journal: reading them leaves no -wal / -shm files in the folder.
    expect(fs.readdirSync(core.backups.folder).filter((f) => /-(wal|shm)$/.test(f))).toEqual([]);
  });

  it('verification reports a damaged copy', async () => {
    const core = newCore();
    await call(core, 'registers.create', meeting('会议'));
    const created = await call(core, 'backups.create', {});
    const file = path.join(core.backups.folder, created.file);
    const damaged = `${file}.damaged.sqlite3`;
    const bytes = fs.readFileSync(file);
    // Keep the header (so SQLite opens it), scribble over the pages after it.
    bytes.fill(0x5a, 4096 + 100, 4096 * 3);
    fs.writeFileSync(damaged, bytes);
    expect(verifyBackup(file, 'now').verification.ok).toBe(true);
    const result = verifyBackup(damaged, 'now').verification;
    expect(result.ok).toBe(false);
    expect(result.detail).not.toBe('ok');
    fs.writeFileSync(damaged, 'not a database at all, just text');
    expect(verifyBackup(damaged, 'now').verification.ok).toBe(false);
  });

  it('rotates old copies out as new ones are taken', async () => {
    let clock = Date.UTC(2025, 0, 1, 12);
    const core = newCore(dataFolder(), { now: () => new Date(clock) });
    for (let day = 0; day < 30; day++) {
      await core.backups.create('每日');
      clock += 24 * 3600 * 1000;
    }
    // Copies still being checked are kept until their check is done, then rotated like the rest.
    await core.backups.settled();
    const kept = core.backups.list();
    expect(kept.map((e) => e.createdAt.slice(0, 10))).toEqual([
      '2025-01-30',
      '2025-01-29',
      '2025-01-28',
      '2025-01-27',
      '2025-01-26',
      '2025-01-25',
      '2025-01-24',
    ]);
    const onDisk = fs.readdirSync(core.backups.folder).filter((name) => name.endsWith('.sqlite3'));
    expect(onDisk.sort()).toEqual(kept.map((e) => e.file).sort());
  });

  it('立即备份 answers which older copies rotation lets go because of it', async () => {
    let clock = Date.UTC(2025, 0, 1, 11);
    const core = newCore(dataFolder(), { now: () => new Date(clock) });
    const daily = await core.backups.create('每日');
    await core.backups.settled();
    clock += 3600 * 1000;
    // The same day's newer copy is the day's (and the month's) one to keep once checked: the 每日 copy goes.
    const manual = await call(core, 'backups.create', {});
    expect(manual.rotatedOut.map((e) => e.file)).toEqual([daily.file]);
    await core.backups.settled();
    expect(core.backups.list().map((e) => e.file)).toEqual([manual.file]);
    // A copy on a new day leaves the last one as that day's: nothing goes.
    clock += 24 * 3600 * 1000;
    expect((await call(core, 'backups.create', {})).rotatedOut).toEqual([]);
  });

  it('removes the half-written copies a killed backup left, at the next start and before the next copy', async () => {
    const dir = dataFolder();
    const folder = path.join(dir, BACKUP_FOLDER);
    const leftovers = [
      '2026-11-30T08-00-00-000Z-手动.sqlite3.partial',
      '2026-11-30T08-00-00-000Z-手动.sqlite3.partial-journal',
      // A manifest being rewritten when the process was killed.
      `${MANIFEST_FILE}.4242.tmp`,
    ];
    const leftBehind = () =>
      fs.readdirSync(folder).filter((file) => file.includes('.partial') || file.endsWith('.tmp'));
    const leaveLeftovers = () => {
      fs.mkdirSync(folder, { recursive: true });
      for (const file of leftovers) fs.writeFileSync(path.join(folder, file), 'x'.repeat(4096));
    };
    await (await startedCore(dir)).close();
    leaveLeftovers();
    const core = await startedCore(dir);
    expect(leftBehind()).toEqual([]);
    leaveLeftovers();
    await core.backups.create('手动');
    expect(leftBehind()).toEqual([]);
  });

  it('takes one 每日 copy per calendar day', async () => {
    let clock = Date.UTC(2025, 0, 1, 12);
    const core = newCore(dataFolder(), { now: () => new Date(clock) });
    expect(await core.backups.ensureDaily()).not.toBeNull();
    clock += 3600 * 1000;
    expect(await core.backups.ensureDaily()).toBeNull();
    clock += 24 * 3600 * 1000;
    expect((await core.backups.ensureDaily())?.kind).toBe('每日');
  });

  it('restores an older backup, and undoes the restore', async () => {
    const core = newCore();
    await call(core, 'registers.create', meeting('旧记录'));
    const old = await call(core, 'backups.create', {});
    await call(core, 'registers.create', meeting('新记录'));
    expect(await topics(core)).toEqual(['旧记录', '新记录']);

    const restored = await call(core, 'backups.restore', { file: old.file });
    expect(restored.restored.file).toBe(old.file);
    expect(restored.safetyCopy?.kind).toBe('恢复前');
    expect(restored.safetyCopy?.counts.studyMeeting).toBe(2);
    // The router uses the reopened database: the record made after the backup is gone.
    expect(await topics(core)).toEqual(['旧记录']);
    // The restored ledger's log is the live one carried over (restoreLog.test.ts), then who restored it and from
    // which copy.
    const backupLog = async () =>
      (await call(core, 'audit.search', { action: 'backup' })).entries.map((e) => `${e.userName} ${e.summary}`);
    expect(await backupLog()).toEqual([`王晓红 从备份 ${old.file} 恢复`, `王晓红 立即备份 ${old.file}`]);
    expect((await call(core, 'backups.list', {})).undoable?.file).toBe(restored.safetyCopy?.file);

    const undone = await call(core, 'backups.undoRestore', {});
    expect(undone.restored.file).toBe(restored.safetyCopy?.file);
    expect(await topics(core)).toEqual(['旧记录', '新记录']);
    expect(await backupLog()).toEqual([
      `王晓红 撤销恢复，回到 ${restored.safetyCopy?.file}`,
      `王晓红 从备份 ${old.file} 恢复`,
      `王晓红 立即备份 ${old.file}`,
    ]);
    // Writing still works on the swapped-in connection.
    await call(core, 'registers.create', meeting('撤销后新增'));
    expect(await topics(core)).toHaveLength(3);
  });

  it('undoes a restore straight away, before anything has read the restored database', async () => {
    const core = newCore();
    const old = await call(core, 'backups.create', {});
    await call(core, 'registers.create', meeting('新记录'));
    await call(core, 'backups.restore', { file: old.file });
    await call(core, 'backups.undoRestore', {});
    expect(await topics(core)).toEqual(['新记录']);
    expect(fs.readdirSync(core.backups.dataDir).filter((f) => f.includes('损坏'))).toEqual([]);
  });

  it('runs calls made during a restore in order; those queued behind it with a session from before are refused', async () => {
    const core = newCore();
    await call(core, 'registers.create', meeting('旧记录'));
    const old = await call(core, 'backups.create', {});
    const before = [1, 2, 3].map((n) => call(core, 'registers.create', meeting(`恢复前新增${n}`)));
    const restore = call(core, 'backups.restore', { file: old.file });
    const session = adminSession(core);
    const after = [1, 2, 3].map((n) => core.invoke('registers.create', meeting(`恢复后新增${n}`), session));
    await Promise.all([...before, restore]);
    // The restore ended every session: whoever was working logs in again, to the restored ledger.
    for (const refused of await Promise.all(after))
      expect(refused).toMatchObject({ ok: false, error: { message: '请先登录', auth: 'login' } });
    expect(await topics(core)).toEqual(['旧记录']);
    expect((await restore).safetyCopy?.counts.studyMeeting).toBe(4);
  });

  it('refuses to restore a backup that is not in the list or that fails its check, changing nothing', async () => {
    const core = newCore();
    await call(core, 'registers.create', meeting('记录'));
    const missing = await invokeAsAdmin(core, 'backups.restore', { file: 'ledger-nothing.sqlite3' });
    expect(missing).toMatchObject({ ok: false, error: { message: expect.stringContaining('找不到这个备份') } });
    const traversal = await invokeAsAdmin(core, 'backups.restore', { file: '../ledger.sqlite3' });
    expect(traversal).toMatchObject({ ok: false, error: { message: expect.stringContaining('备份文件名不正确') } });
    const made = await call(core, 'backups.create', {});
    fs.writeFileSync(path.join(core.backups.folder, made.file), 'garbage');
    const bad = await invokeAsAdmin(core, 'backups.restore', { file: made.file });
    expect(bad).toMatchObject({ ok: false, error: { message: expect.stringContaining('未通过完整性检查') } });
    expect(await topics(core)).toEqual(['记录']);
    expect((await invokeAsAdmin(core, 'backups.undoRestore', {})).ok).toBe(false);
  });

  it('backs up an existing database before migrating it', async () => {
    const dir = dataFolder();
    // A data file left by an older version: only the first migration applied.
    const old = new Database(path.join(dir, DATABASE_FILE));
    old.pragma('journal_mode = WAL');
    const first = migrations[0]!;
    old.transaction(() => {
      first.up(old);
      old.pragma(`user_version = ${first.version}`);
    })();
    old.close();
    const core = await startedCore(dir);
    expect(core.status().mode).toBe('normal');
    const [copy] = core.backups.list();
    expect(copy?.kind).toBe('升级前');
    const saved = new Database(path.join(core.backups.folder, copy!.file), { readonly: true });
    expect(saved.pragma('user_version', { simple: true })).toBe(first.version);
    saved.close();
  });

  it('saves a copy to a chosen path and, for the browser, offers a kept manual copy as a one-time download', async () => {
    const core = newCore();
    await call(core, 'registers.create', meeting('外存'));
    const target = path.join(dataFolder(), 'U盘', '台账备份.sqlite3');
    const saved = await core.backups.saveTo(target);
    expect(saved.verification.ok).toBe(true);
    expect(saved.counts.studyMeeting).toBe(1);
    expect(saved.sha256).toBe(sha256Of(target));
    expect(fs.readdirSync(path.dirname(target))).toEqual(['台账备份.sqlite3']);

    const download = await call(core, 'backups.saveAs', {});
    expect(download.fileName).toMatch(/^司法所电子台账备份-\d{4}-\d{2}-\d{2}\.sqlite3$/);
    // No bytes in the answer: a link the web server streams the kept copy from (web.test.ts, bigDownload.test.ts).
    expect(download.downloadUrl).toMatch(new RegExp(`^${DOWNLOAD_PATH}[0-9a-f]{64}$`));
    expect(path.dirname(download.savedPath)).toBe(core.backups.folder);
    expect(fs.readFileSync(download.savedPath).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    expect(download.sha256).toBe(sha256Of(download.savedPath));
    expect(download.size).toBe(fs.statSync(download.savedPath).size);
    const listed = core.backups.list().find((entry) => entry.file === path.basename(download.savedPath));
    expect(listed).toMatchObject({ kind: '手动', sha256: download.sha256, verification: { ok: true } });
    const ticket = download.downloadUrl!.slice(DOWNLOAD_PATH.length);
    expect(core.backups.downloads.redeem(ticket)).toEqual({
      file: download.savedPath,
      fileName: download.fileName,
      sha256: download.sha256,
    });
    expect(core.backups.downloads.redeem(ticket)).toBeNull();
    await expect(core.backups.saveTo(path.join(core.backups.dataDir, DATABASE_FILE))).rejects.toThrow('数据文件本身');
  });

  it('on the desktop saves where the save dialog says, through the router (administrator, logged), or not at all', async () => {
    const chosen: (string | null)[] = [path.join(dataFolder(), '台账备份.sqlite3'), null];
    const suggested: string[] = [];
    const core = newCore(undefined, {
      chooseSaveTarget: async (name) => {
        suggested.push(name);
        return chosen.shift() ?? null;
      },
    });
    await call(core, 'registers.create', meeting('外存'));
    const saved = await call(core, 'backups.saveAs', {});
    expect(saved).toMatchObject({ fileName: '台账备份.sqlite3', downloadUrl: null, sha256: sha256Of(saved.savedPath) });
    const copy = new Database(saved.savedPath, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM study_meeting').get()).toEqual({ n: 1 });
    copy.close();
    expect(suggested[0]).toMatch(/^司法所电子台账备份-\d{4}-\d{2}-\d{2}\.sqlite3$/);
    await expect(call(core, 'backups.saveAs', {})).rejects.toThrow('已取消备份');
    const log = (await call(core, 'audit.search', { action: 'backup' })).entries.map((e) => e.summary);
    expect(log).toEqual(['备份到 台账备份.sqlite3']);
  });
  it('refuses to restore a copy whose bytes changed after it was checked, even when SQLite finds nothing wrong with it', async () => {
    const core = newCore();
    const withAbsentee = meeting('例会');
    await call(core, 'registers.create', {
      ...withAbsentee,
      data: { ...(withAbsentee.data as Record<string, unknown>), absentees: '张三因病请假' },
    });
    const made = await call(core, 'backups.create', {});
    await core.backups.settled();
    await call(core, 'registers.create', meeting('备份后的会议'));
    // Someone edits a text in the copy in place, keeping its length: every page and index is still in order.
    const file = path.join(core.backups.folder, made.file);
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf(Buffer.from('张三因病请假'));
    expect(at).toBeGreaterThan(0);
    Buffer.from('李四因病请假').copy(bytes, at);
    fs.writeFileSync(file, bytes);
    expect(verifyBackup(file, 'now').verification).toMatchObject({ ok: true, detail: 'ok' });

    const refused = await invokeAsAdmin(core, 'backups.restore', { file: made.file });
    expect(refused).toEqual({
      ok: false,
      error: { message: '这个备份在保存后被改动过（校验值不符），不能用来恢复' },
    });
    // Refused before anything was done: no safety copy, the ledger as it was.
    expect(core.backups.list().map((entry) => entry.kind)).toEqual(['手动']);
    expect(await topics(core)).toEqual(['备份后的会议', '例会']);
  });

  it('restores a copy listed before hashes were kept on its integrity check alone, as before', async () => {
    const core = newCore();
    await call(core, 'registers.create', meeting('旧版本的备份'));
    const made = await call(core, 'backups.create', {});
    await core.backups.settled();
    await call(core, 'registers.create', meeting('之后的会议'));
    // The manifest as the previous version wrote it: no sha256 in its entries.
    const manifestFile = path.join(core.backups.folder, MANIFEST_FILE);
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { version: number; backups: BackupEntry[] };
    const old = manifest.backups.map(({ sha256: _hash, ...entry }) => entry);
    fs.writeFileSync(manifestFile, JSON.stringify({ version: 1, backups: old }));
    expect(core.backups.list()[0]).not.toHaveProperty('sha256');

    await call(core, 'backups.restore', { file: made.file });
    expect(await topics(core)).toEqual(['旧版本的备份']);
  });

  it('refuses a backup the disk has no room for before writing anything, naming the folder, what is left and what it needs', async () => {
    const MB = 1024 * 1024;
    let free = 12 * MB;
    const asked: string[] = [];
    const core = newCore(undefined, {
      freeSpace: (folder) => {
        asked.push(folder);
        return free;
      },
    });
    await call(core, 'registers.create', meeting('空间不足时的会议'));
    // The ledger as it is at the moment of each copy (its -wal grows as records are saved).
    const needed = () => ledgerBytes(core) + ROOM_TO_SPARE_BYTES;
    const shortage = (folder: string) =>
      `磁盘空间不足（还剩 12.0 MB，备份需要约 ${formatSize(needed())}）：${folder}。请清理磁盘或换一个位置后重试。`;
    const refused = async (method: 'backups.create' | 'backups.saveAs') =>
      ((await invokeAsAdmin(core, method, {})) as { ok: false; error: { message: string } }).error.message;

    // 立即备份 (as the start-up and daily copies), and 备份到… in the browser, both into 备份/.
    expect(await refused('backups.create')).toBe(shortage(core.backups.folder));
    expect(await refused('backups.saveAs')).toBe(shortage(core.backups.folder));
    await expect(core.backups.ensureDaily()).rejects.toThrow(shortage(core.backups.folder));
    // 备份到… a chosen place: that disk is the one asked about.
    const usb = path.join(dataFolder(), 'U盘');
    await expect(core.backups.saveTo(path.join(usb, '台账.sqlite3'))).rejects.toThrow(shortage(usb));
    expect(asked).toContain(usb);
    expect(fs.existsSync(usb)).toBe(false);
    expect(fs.existsSync(core.backups.folder) ? fs.readdirSync(core.backups.folder) : []).toEqual([]);

    // With room, the same copies go ahead; then 恢复前's copy has no room, and the restore does not start.
    free = needed();
    const made = await call(core, 'backups.create', {});
    await core.backups.settled();
    await call(core, 'registers.create', meeting('恢复前的会议'));
    free = 12 * MB;
    const restore = await invokeAsAdmin(core, 'backups.restore', { file: made.file });
    expect(restore).toEqual({ ok: false, error: { message: shortage(core.backups.folder) } });
    expect(await topics(core)).toEqual(['恢复前的会议', '空间不足时的会议']);
    expect(core.backups.list().map((entry) => entry.file)).toEqual([made.file]);
  });

  it('does not upgrade a data file it has no room to back up first, and leaves it as it was', async () => {
    const dir = dataFolder();
    const old = new Database(path.join(dir, DATABASE_FILE));
    const first = migrations[0]!;
    old.transaction(() => {
      first.up(old);
      old.pragma(`user_version = ${first.version}`);
    })();
    old.close();
    await expect(openCore(dir, { ...quiet, freeSpace: () => 1024 * 1024 })).rejects.toThrow(
      /^磁盘空间不足（还剩 1\.0 MB，备份需要约 .+）：.*备份。/,
    );
    const untouched = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(untouched.pragma('user_version', { simple: true })).toBe(first.version);
    untouched.close();
  });
});
