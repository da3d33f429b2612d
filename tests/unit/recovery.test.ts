import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../../src-main/core/backup/manifest';
import { BACKUP_FOLDER } from '../../src-main/core/backup/service';
import { DATABASE_FILE } from '../../src-main/core/db/open';
import { call, dataFolder, meeting, newCore, startedCore, topics } from './backupSupport';

// The start-up check: a damaged or unreadable database file brings up the recovery screen, not a crash.

/** A ledger with one record and one backup, closed, whose database file is then overwritten by `damage`. */
async function damagedLedger(damage: (file: string) => void): Promise<string> {
  const dir = dataFolder();
  const core = newCore(dir);
  await call(core, 'registers.create', meeting('备份里的记录'));
  await call(core, 'backups.create', {});
  await call(core, 'registers.create', meeting('损坏前的记录'));
  await core.close();
  damage(path.join(dir, DATABASE_FILE));
  return dir;
}

const garbage = (file: string) => fs.writeFileSync(file, Buffer.alloc(64 * 1024, 0x42));
/** Keeps the header and the schema page, so SQLite opens the file and only the check finds the damage. */
const scribble = (file: string) => {
  const bytes = fs.readFileSync(file);
  bytes.fill(0x00, 4096 * 2, bytes.length);
  for (let i = 4096 * 2; i < bytes.length; i += 97) bytes[i] = i % 251;
  fs.writeFileSync(file, bytes);
};

/**
 * Damage as from the disk itself: the last page only (the schema at the front stays readable, so opening the file
 * does not notice), with the size kept and the file's times set back to those of `timesOf`.
 */
function damageLastPage(file: string, timesOf: string): void {
  const { atime, mtime } = fs.statSync(timesOf);
  const bytes = fs.readFileSync(file);
  for (let i = bytes.length - 4096; i < bytes.length; i++) bytes[i] = i % 251;
  fs.writeFileSync(file, bytes);
  fs.utimesSync(file, atime, mtime);
}

describe('recovery', () => {
  for (const [name, damage] of [
    ['overwritten with garbage', garbage],
    ['with scribbled pages', scribble],
  ] as const) {
    it(`offers the backups when the database file is ${name}, and restores the newest good one`, async () => {
      const dir = await damagedLedger(damage);
      const core = await startedCore(dir);
      const status = await call(core, 'app.status', {});
      expect(status.mode).toBe('recovery');
      expect(status.mode === 'recovery' && status.problem).toMatch(/损坏|无法/);

      // Only recovery methods work; everything else is refused in Chinese.
      const refused = await core.invoke('registers.list', { register: 'studyMeeting' });
      expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/请先从备份恢复/) } });
      expect((await core.invoke('backups.create', {})).ok).toBe(false);
      const { backups } = await call(core, 'backups.list', {});
      expect(backups).toHaveLength(1);

      const restored = await call(core, 'backups.restore', { file: backups[0]!.file });
      expect(restored.safetyCopy).toBeNull();
      expect((await call(core, 'app.status', {})).mode).toBe('normal');
      expect(await topics(core)).toEqual(['备份里的记录']);
      // The damaged file is kept aside, not deleted.
      expect(fs.readdirSync(dir).some((f) => f.startsWith('损坏-') && f.endsWith(DATABASE_FILE))).toBe(true);
    });
  }

  it('still finds the backups when the manifest is lost as well', async () => {
    const dir = await damagedLedger(garbage);
    fs.writeFileSync(path.join(dir, BACKUP_FOLDER, MANIFEST_FILE), '{ half a manif');
    const core = await startedCore(dir);
    const { backups } = await call(core, 'backups.list', {});
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ kind: '手动', verification: { ok: true }, counts: { studyMeeting: 1 } });
    await call(core, 'backups.restore', { file: backups[0]!.file });
    expect(await topics(core)).toEqual(['备份里的记录']);
  });

  it('starts normally on a sound database, and on a fresh folder', async () => {
    const dir = await damagedLedger(() => {});
    const core = await startedCore(dir);
    expect((await call(core, 'app.status', {})).mode).toBe('normal');
    expect(await topics(core)).toEqual(['备份里的记录', '损坏前的记录']);
    const fresh = await startedCore(dataFolder());
    expect(fresh.status().mode).toBe('normal');
  });

  it('skips reading the whole file after a clean close, until a copy fails its check or the file was changed', async () => {
    const dir = dataFolder();
    const file = path.join(dir, DATABASE_FILE);
    const first = await startedCore(dir);
    await call(first, 'registers.create', meeting('会议'));
    await first.close();
    expect(fs.existsSync(`${file}.closed`)).toBe(true);

    // Damage from the disk itself, while the app is closed: same size, same time, same header. The start trusts its
    // note and does not see it (the trade for not reading ten years of records at every start) …
    damageLastPage(file, file);
    const trusting = await startedCore(dir);
    expect(trusting.status().mode).toBe('normal');
    // … the note is used up as the ledger opens, so a crash from here on would leave none …
    expect(fs.existsSync(`${file}.closed`)).toBe(false);
    // … the copy taken at start is checked in full and fails, so the close leaves no note …
    await trusting.backups.create('启动');
    await trusting.backups.settled();
    expect(trusting.backups.copiesSound()).toBe(false);
    await trusting.close();
    expect(fs.existsSync(`${file}.closed`)).toBe(false);
    // … and the next start checks the file and offers the backups.
    const checking = await startedCore(dir);
    expect(checking.status().mode).toBe('recovery');
  });

  it('checks the whole file at start when it was changed after the clean close, the note is not one, or the folder was moved', async () => {
    const dir = await damagedLedger(scribble);
    expect(fs.existsSync(path.join(dir, `${DATABASE_FILE}.closed`))).toBe(true);
    const core = await startedCore(dir);
    expect(core.status().mode).toBe('recovery');
    expect(fs.existsSync(path.join(dir, `${DATABASE_FILE}.closed`))).toBe(false);

    // A note that is not one (half written, edited by hand) is used up too, and trusted for nothing.
    const garbled = await damagedLedger(() => {});
    fs.writeFileSync(path.join(garbled, `${DATABASE_FILE}.closed`), '{ half a no');
    damageLastPage(path.join(garbled, DATABASE_FILE), path.join(garbled, DATABASE_FILE));
    expect((await startedCore(garbled)).status().mode).toBe('recovery');
    expect(fs.existsSync(path.join(garbled, `${DATABASE_FILE}.closed`))).toBe(false);

    // The same last-page damage as above, with the file's time kept, in a folder copied elsewhere: checked there.
    const closed = await damagedLedger(() => {});
    const moved = dataFolder();
    for (const name of fs.readdirSync(closed).filter((n) => n.startsWith(DATABASE_FILE))) {
      fs.copyFileSync(path.join(closed, name), path.join(moved, name));
    }
    damageLastPage(path.join(moved, DATABASE_FILE), path.join(closed, DATABASE_FILE));
    expect((await startedCore(moved)).status().mode).toBe('recovery');
  });
});

describe('a missing ledger beside backups', () => {
  const MISSING = '数据文件不见了（或是空的），备份文件夹里有备份：请选择一个恢复';
  const SETUP = {
    officeName: '冒名司法所',
    county: null,
    township: null,
    admin: { username: 'intruder', name: '冒名者', password: 'intruder-2026' },
  };

  for (const [name, remove] of [
    ['deleted', (file: string) => fs.rmSync(file)],
    ['emptied to 0 bytes', (file: string) => fs.writeFileSync(file, '')],
  ] as const) {
    it(`opens the recovery page, not first-run setup, when the ledger is ${name}`, async () => {
      const dir = await damagedLedger(() => {});
      const file = path.join(dir, DATABASE_FILE);
      remove(file);
      for (const suffix of ['-wal', '-shm', '.closed']) fs.rmSync(file + suffix, { force: true });

      const core = await startedCore(dir);
      expect(core.status()).toEqual({ mode: 'recovery', problem: MISSING });
      // Nobody can make an "account 1" to restore the office's ledger under.
      const setup = await core.invoke('auth.setup', SETUP);
      expect(setup).toMatchObject({ ok: false, error: { message: expect.stringContaining(MISSING) } });
      expect((await core.invoke('auth.status', {})).ok).toBe(false);
      // No empty ledger was made in its place.
      expect(fs.existsSync(file) ? fs.statSync(file).size : 0).toBe(0);

      const { backups } = await call(core, 'backups.list', {});
      await call(core, 'backups.restore', { file: backups[0]!.file });
      expect(core.status().mode).toBe('normal');
      expect(await topics(core)).toEqual(['备份里的记录']);
    });
  }

  it('also when SQLite finds the file empty once open (a copy into it killed and rolled back)', async () => {
    const dir = await damagedLedger(() => {});
    const file = path.join(dir, DATABASE_FILE);
    for (const suffix of ['', '-wal', '-shm', '.closed']) fs.rmSync(file + suffix, { force: true });
    // An empty database with a header page: not 0 bytes, and no schema in it.
    const empty = new Database(file);
    empty.pragma('journal_mode = WAL');
    empty.close();
    expect(fs.statSync(file).size).toBeGreaterThan(0);
    const core = await startedCore(dir);
    expect(core.status()).toMatchObject({ mode: 'recovery', problem: MISSING });
  });

  it('still offers first-run setup in a new folder, with no ledger and no backups', async () => {
    const dir = dataFolder();
    const core = await startedCore(dir);
    expect(core.status().mode).toBe('normal');
    expect(await core.invoke('auth.status', {})).toMatchObject({ ok: true, value: { setupNeeded: true } });
    expect(await core.invoke('auth.setup', SETUP)).toMatchObject({ ok: true });
  });
});
