import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../src-main/core';
import { BACKUP_FOLDER } from '../../src-main/core/backup/service';
import { checkIntegrity } from '../../src-main/core/db/inspect';
import { describeFileError, freeBytes } from '../../src-main/core/fileErrors';
import { invokeAsAdmin } from '../support/session';
import { call, meeting, topics } from './backupSupport';
import { tempDir } from './helpers';

// A full disk, a read-only folder and a folder without permission, made real: the clerk is told which, and where,
// in Chinese, and nothing is left half-written. A small disk is a tmpfs mounted for the test (root, as on this
// machine; chmod 0555 does not stop root). Without root the read-only case uses chmod 0555 (a permission error then),
// and the full-disk cases are skipped, saying so.

const MiB = 1024 * 1024;
const isRoot = process.getuid?.() === 0;

const cores: Core[] = [];
const mounted: string[] = [];
const folders: string[] = [];
afterEach(async () => {
  // Closed before their disks go: a disk a ledger still has open cannot be unmounted. A ledger on a full disk may
  // fail to note its clean close; that is no concern here.
  for (const core of cores.splice(0)) await core.close().catch(() => {});
  for (const dir of mounted.splice(0)) execFileSync('umount', [dir]);
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = tempDir();
  folders.push(dir);
  return dir;
}

function openCore(dir = folder(), options: CoreOptions = {}): Core {
  const core = createCore(dir, { log: () => {}, ...options });
  cores.push(core);
  return core;
}

/** Mounts a tmpfs of `bytes` at `dir` (made empty if it is not), or reports that this machine cannot. */
function mountSmallDisk(dir: string, bytes: number, readOnly = false): void {
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}${readOnly ? ',ro' : ''}`, 'tmpfs', dir]);
  mounted.push(dir);
}

function canMount(): boolean {
  if (!isRoot) return false;
  const probe = tempDir();
  try {
    mountSmallDisk(probe, MiB);
    execFileSync('umount', [mounted.pop()!]);
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
}
const smallDisks = canMount();
if (!smallDisks) console.log('跳过需要挂载小磁盘（tmpfs）的测试：需要 root 且能执行 mount');

/** A ledger of a few MB: a table of bytes beside the books, written through the app's own connection. */
function ledgerOf(core: Core, mebibytes: number): void {
  const sqlite = core.ledger.sqlite;
  sqlite.exec('CREATE TABLE filler (bytes BLOB NOT NULL)');
  const insert = sqlite.prepare('INSERT INTO filler VALUES (?)');
  sqlite.transaction(() => {
    for (let i = 0; i < mebibytes; i++) insert.run(Buffer.alloc(MiB, i));
  })();
}

function intact(core: Core): void {
  expect(checkIntegrity(core.ledger.sqlite)).toEqual({ ok: true, detail: 'ok' });
}

const fullDisk = (folder: string) =>
  new RegExp(`^磁盘空间不足（还剩 [\\d.]+ [KMG]B）：${folder}。请清理磁盘或换一个位置后重试。$`);

describe('disk trouble, named in Chinese', () => {
  it.runIf(smallDisks)(
    'a 备份到… that fills the disk half-way says the disk is full, and leaves nothing there',
    async () => {
      const usb = path.join(folder(), 'U盘');
      mountSmallDisk(usb, 4 * MiB);
      // Told there is room, the copy goes ahead and meets the full disk for real, in the middle of writing.
      const core = openCore(undefined, {
        freeSpace: () => Number.MAX_SAFE_INTEGER,
        chooseSaveTarget: async () => path.join(usb, '台账备份.sqlite3'),
      });
      await call(core, 'registers.create', meeting('磁盘满之前的会议'));
      ledgerOf(core, 8);

      const result = await invokeAsAdmin(core, 'backups.saveAs', {});
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toMatch(fullDisk(usb));
      // Neither a truncated copy under the chosen name nor the half-written one beside it.
      expect(fs.readdirSync(usb)).toEqual([]);
      intact(core);
      await call(core, 'registers.create', meeting('磁盘满之后的会议'));
      expect(await topics(core)).toEqual(['磁盘满之后的会议', '磁盘满之前的会议']);
    },
  );

  it.runIf(smallDisks)(
    'refuses a copy the disk has no room for before writing a byte, by the real free space',
    async () => {
      const usb = path.join(folder(), 'U盘');
      mountSmallDisk(usb, 4 * MiB);
      const core = openCore();
      ledgerOf(core, 8);
      await expect(core.backups.saveTo(path.join(usb, '台账备份.sqlite3'))).rejects.toThrow(
        new RegExp(`^磁盘空间不足（还剩 4\\.0 MB，备份需要约 7[0-9]\\.\\d MB）：${usb}。`),
      );
      expect(fs.readdirSync(usb)).toEqual([]);
    },
  );

  it.runIf(smallDisks)('立即备份 into a full 备份 folder says the disk is full, with what is left', async () => {
    const dir = folder();
    mountSmallDisk(path.join(dir, BACKUP_FOLDER), 2 * MiB);
    const core = openCore(dir, { freeSpace: () => Number.MAX_SAFE_INTEGER });
    ledgerOf(core, 4);
    const result = await invokeAsAdmin(core, 'backups.create', {});
    expect(!result.ok && result.error.message).toMatch(fullDisk(path.join(dir, BACKUP_FOLDER)));
    expect(fs.readdirSync(path.join(dir, BACKUP_FOLDER)).filter((file) => file.includes('sqlite3'))).toEqual([]);
    intact(core);
  });

  it.runIf(smallDisks || !isRoot)('a read-only (or locked) folder chosen for 备份到… is named as such', async () => {
    const usb = path.join(folder(), 'U盘');
    // Roomy, so the space check passes and the write itself meets the read-only disk.
    if (smallDisks) mountSmallDisk(usb, 256 * MiB, true);
    else {
      fs.mkdirSync(usb);
      fs.chmodSync(usb, 0o555);
    }
    const core = openCore();
    await call(core, 'registers.create', meeting('只读'));
    const why = smallDisks ? `所选的文件夹只读：${usb}。` : `没有权限写入所选的文件夹：${usb}。`;
    await expect(core.backups.saveTo(path.join(usb, '台账备份.sqlite3'))).rejects.toThrow(why);
    if (!smallDisks) fs.chmodSync(usb, 0o755);
    intact(core);
  });

  it.runIf(smallDisks)(
    'a save that finds the data folder’s disk full says so, naming the data folder, and keeps what was saved',
    async () => {
      const dir = folder();
      mountSmallDisk(dir, 3 * MiB);
      const core = openCore(dir);
      const saved: string[] = [];
      let refusal = '';
      for (let n = 1; n <= 200 && !refusal; n++) {
        const topic = `第 ${n} 次会议`;
        const result = await invokeAsAdmin(core, 'registers.create', {
          ...meeting(topic),
          data: { ...(meeting(topic).data as Record<string, unknown>), content: `会议记录${n}`.repeat(2000) },
        });
        if (result.ok) saved.push(topic);
        else refusal = result.error.message;
      }
      expect(refusal).toMatch(
        new RegExp(
          `^操作没有完成，数据未作改动。磁盘空间不足（还剩 [\\d.]+ [KMG]B）：${dir}。请清理磁盘或换一个位置后重试。$`,
        ),
      );
      // Every save that answered "saved" is there, and nothing of the one that did not.
      const rows = core.ledger.sqlite.prepare('SELECT topic FROM study_meeting ORDER BY id').all() as {
        topic: string;
      }[];
      expect(rows.map((row) => row.topic)).toEqual(saved);
      intact(core);
    },
  );

  it('maps the errors real calls raise to the clerk’s words, and leaves other errors to the general message', () => {
    const folder = tempDir();
    try {
      const caught = (work: () => unknown) => {
        try {
          work();
        } catch (error) {
          return error;
        }
        throw new Error('expected a failure');
      };
      // Linux's /dev/full answers every write with ENOSPC.
      if (fs.existsSync('/dev/full')) {
        const full = caught(() => fs.writeFileSync('/dev/full', 'x'));
        expect(describeFileError(full, folder)).toMatch(fullDisk(folder));
      }
      const file = path.join(folder, 'ledger.sqlite3');
      new Database(file).exec('CREATE TABLE t (x)');
      const readonly = new Database(file, { readonly: true });
      const refused = caught(() => readonly.exec('INSERT INTO t VALUES (1)'));
      readonly.close();
      expect(describeFileError(refused, folder)).toBe(
        `数据文件夹只读：${folder}。请把它移到可以写入的磁盘，或取消只读属性后重试。`,
      );
      // A path through a file: named, so the clerk picks another place.
      const notDir = caught(() => fs.mkdirSync(path.join(file, 'sub')));
      expect(describeFileError(notDir, folder)).toBe(
        `这个位置不是文件夹：${folder}（路径中有同名的文件）。请换一个位置后重试。`,
      );
      // Not a disk problem: the caller's general message stands.
      expect(
        describeFileError(
          caught(() => JSON.parse('{')),
          folder,
        ),
      ).toBeNull();
      // A folder not made yet: the free space of the disk it would be made on.
      expect(freeBytes(path.join(folder, '还没有', '备份'))).toBe(freeBytes(folder));
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
