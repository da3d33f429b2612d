import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FOLDER } from '../../src-main/core/backup/service';
import { DATABASE_FILE } from '../../src-main/core/db/open';
import { LOCK_FILE } from '../../src-main/core/instanceLock';
import { makeNewFilesPrivate } from '../../src-main/core/privateFiles';
import { startCore } from '../../src-main/core/startup';
import type { GeneratedFile } from '../../src-shared/documents';
import { call, dataFolder, quiet, track } from './backupSupport';
import { createDocumentFixtures, TODAY } from './documentFixtures';

// The ledger, its backups and the documents made from it are readable by the owner's account only (Linux, macOS;
// Windows has no modes). The entry points set the umask first thing (makeNewFilesPrivate); here it is set the same
// way, and put back afterwards for the other tests of this process.

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
/** Nothing for the group or for others. */
const OWNER_ONLY = 0o077;

let before = 0;
beforeEach(() => {
  // As a clerk's desktop session usually has it: new files 0644 in 0755 folders.
  before = process.umask(0o022);
});
afterEach(() => {
  process.umask(before);
});

describe.skipIf(process.platform === 'win32')('files only their owner may read', () => {
  it('makes a new data folder, the ledger, the backups and a generated document readable by the owner only', async () => {
    makeNewFilesPrivate();
    const dir = path.join(dataFolder(), '台账');
    const core = track(await startCore(dir, { ...quiet, startBackupAfterMs: 0, today: () => TODAY }));
    const fixtures = await createDocumentFixtures(core);
    const document: GeneratedFile = await call(core, 'documents.generate', {
      register: 'mediationCase',
      id: fixtures.twoParty.id,
      kind: 'agreement',
    });
    await call(core, 'backups.create', {});
    await core.backups.settled();

    const backups = path.join(dir, BACKUP_FOLDER);
    const copies = fs.readdirSync(backups).map((name) => path.join(backups, name));
    // A copy and the manifest at least (the start-up copy of the same day may have been rotated away).
    expect(copies.filter((file) => file.endsWith('.sqlite3')).length).toBeGreaterThanOrEqual(1);
    expect(copies.length).toBeGreaterThanOrEqual(2);
    const created = [
      dir,
      path.join(dir, DATABASE_FILE),
      path.join(dir, `${DATABASE_FILE}-wal`),
      path.join(dir, LOCK_FILE),
      backups,
      ...copies,
      path.join(dir, '文书'),
      document.savedPath,
    ];
    expect(created.filter((file) => (modeOf(file) & OWNER_ONLY) !== 0).map((file) => path.relative(dir, file))).toEqual(
      [],
    );
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(path.join(dir, DATABASE_FILE))).toBe(0o600);
  });

  it('closes, at start, a data folder an older version left readable by all', async () => {
    const dir = path.join(dataFolder(), '台账');
    const first = await startCore(dir, { ...quiet, startBackupAfterMs: 0 });
    await first.backups.settled();
    await first.close();
    // As it was made without the umask: 0755 folders, 0644 files.
    const backups = path.join(dir, BACKUP_FOLDER);
    for (const folder of [dir, backups]) {
      fs.chmodSync(folder, 0o755);
      for (const name of fs.readdirSync(folder)) {
        const file = path.join(folder, name);
        if (fs.statSync(file).isFile()) fs.chmodSync(file, 0o644);
      }
    }

    track(await startCore(dir, quiet));
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(backups)).toBe(0o700);
    for (const folder of [dir, backups]) {
      for (const name of fs.readdirSync(folder)) {
        const file = path.join(folder, name);
        if (fs.statSync(file).isFile()) expect([name, modeOf(file)]).toEqual([name, 0o600]);
      }
    }
  });
});
