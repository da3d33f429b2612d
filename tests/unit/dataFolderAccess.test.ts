import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore } from '../../src-main/core/startup';
import { quiet, track } from './backupSupport';
import { tempDir } from './helpers';

// A data folder the app may not write, at start: the clerk is told which folder and why, in Chinese, not
// `EACCES … unlink …ledger.lock` or a recovery screen that could not restore into it either.
//
// The folders here are really read-only for the account that starts the app (mode 0555). Run as root, as these tests
// may be, mode bits stop nothing, so the start then runs as the account `nobody`: inside this process by switching its
// effective user and group for the start only (seteuid), and the built `npm run web` as a child process started as
// that user. A read-only file system (EROFS) would need a mount, which a test does not do (checked by hand on a
// read-only tmpfs: 数据文件夹只读：<folder>。…, for a new folder and for one holding a ledger).
//
// `nobody` must still be able to read the program itself. A checkout inside a private folder (`mktemp -d` is 0700) is
// closed to it, so the native SQLite module is loaded before the switch, and the built app is run from hard links to
// its files in a folder anyone may read.

const ROOT = path.resolve(__dirname, '../..');
const WEB_BUNDLE = path.join(ROOT, 'out/main/web.js');
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
const NO_PERMISSION = /^没有权限写入数据文件夹：(.+)。请检查该文件夹的权限/;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder others may enter (tempDir's are 0700), in which the test's data folders are made. */
function openParent(): string {
  const dir = tempDir();
  dirs.push(dir);
  fs.chmodSync(dir, 0o755);
  return dir;
}

/** Runs `start` as an account that is not the folder's owner when this process is root; as this account otherwise. */
async function asAnotherAccount<T>(start: () => Promise<T>): Promise<T> {
  if (!asRoot) return start();
  process.setegid!(NOBODY);
  process.seteuid!(NOBODY);
  try {
    return await start();
  } finally {
    process.seteuid!(0);
    process.setegid!(0);
  }
}

/** An existing data folder with a ledger in it, handed to `nobody` (when root) and then made read-only. */
async function readOnlyLedgerFolder(): Promise<string> {
  const dir = path.join(openParent(), '台账');
  const core = await startCore(dir, quiet);
  await core.close();
  if (asRoot) execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, dir]);
  fs.chmodSync(dir, 0o555);
  return dir;
}

/** The built app, where `nobody` can read it: the checkout itself, or hard links to its files (copies across disks). */
function readableBuild(): string {
  if (!asRoot || readableByNobody(WEB_BUNDLE)) return ROOT;
  const dir = openParent();
  for (const part of ['package.json', 'out', 'node_modules']) {
    const from = fs.realpathSync(path.join(ROOT, part));
    const to = path.join(dir, part);
    try {
      execFileSync('cp', ['-al', from, to], { stdio: 'ignore' });
    } catch {
      fs.rmSync(to, { recursive: true, force: true });
      execFileSync('cp', ['-r', from, to], { stdio: 'ignore' });
    }
  }
  return dir;
}

function readableByNobody(file: string): boolean {
  try {
    execFileSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(file)})`], {
      uid: NOBODY,
      gid: NOBODY,
      cwd: '/',
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(process.platform === 'win32')('a data folder the app may not write', () => {
  beforeAll(async () => {
    // Loads better-sqlite3 and its native module while this process may still read the checkout.
    await (await startCore(path.join(openParent(), 'warm-up'), quiet)).close();
  });

  it('names the folder and the cause when a new data folder cannot be made in it', async () => {
    const dir = path.join(openParent(), '台账');
    fs.mkdirSync(dir);
    fs.chmodSync(dir, 0o555);
    const failure = await asAnotherAccount(() => startCore(dir, quiet)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(NO_PERMISSION);
    expect(NO_PERMISSION.exec((failure as Error).message)![1]).toBe(dir);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('names the folder and the cause when the data folder would be made under a file', async () => {
    const file = path.join(openParent(), '台账');
    fs.writeFileSync(file, '');
    for (const dir of [file, path.join(file, '数据')]) {
      await expect(startCore(dir, quiet)).rejects.toThrow(`这个位置不是文件夹：${dir}（路径中有同名的文件）`);
    }
  });

  it('names the folder and the cause when the folder of an existing ledger was made read-only, instead of the recovery screen', async () => {
    const dir = await readOnlyLedgerFolder();
    const failure = await asAnotherAccount(() => startCore(dir, quiet).then(track)).catch((error: unknown) => error);
    expect((failure as Error).message).toMatch(NO_PERMISSION);
    expect((failure as Error).message).toContain(dir);
  });

  describe('npm run web', () => {
    beforeAll(() => {
      if (!fs.existsSync(WEB_BUNDLE)) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
    }, 300_000);

    it('says so in one Chinese line and exits with 1, without a stack trace', async () => {
      const dir = await readOnlyLedgerFolder();
      const build = readableBuild();
      const child = spawn(process.execPath, [path.join(build, 'out/main/web.js'), '--no-open', '--port', '0'], {
        cwd: build,
        env: { ...process.env, LEDGER_DATA_DIR: dir },
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const code = await new Promise((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(NO_PERMISSION)]);
      expect(stderr).toContain(dir);
      expect(stderr).not.toMatch(/\n\s+at |EACCES|SQLITE_/);
    });
  });
});
