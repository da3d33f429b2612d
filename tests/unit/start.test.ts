import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers';

// `npm start` where Electron's binary cannot be had: scripts/start.mjs says so in one line and serves the browser
// version (out/main/web.js) instead. ELECTRON_OVERRIDE_DIST_PATH names an empty folder, so the binary is missing
// whether or not this machine has one, and nothing is downloaded.

const ROOT = path.resolve(__dirname, '../..');
const WEB_BUNDLE = path.join(ROOT, 'out/main/web.js');
const URL_LINE = /^http:\/\/127\.0\.0\.1:(\d+)\//;

const dirs: string[] = [];
let child: ChildProcess | undefined;

beforeAll(() => {
  // The script starts the built server, as `npm start` does after `electron-vite build`.
  if (!fs.existsSync(WEB_BUNDLE)) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
}, 300_000);

afterAll(() => {
  child?.kill('SIGTERM');
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** The script's output lines up to and including the server's address. */
function linesUntilUrl(script: ChildProcess): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`no address after 30 s:\n${text}`)), 30_000);
    script.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const lines = text.split('\n');
      if (lines.some((line) => URL_LINE.test(line))) {
        clearTimeout(timer);
        resolve(lines.slice(0, lines.findIndex((line) => URL_LINE.test(line)) + 1));
      }
    });
    script.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    script.once('exit', (code) => reject(new Error(`exited (${code}):\n${text}`)));
  });
}

describe('npm start without the Electron binary', () => {
  it('says so in one line, then serves the browser version with the options it was given', async () => {
    const noElectron = tempDir();
    const data = tempDir();
    dirs.push(noElectron, data);
    child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs'), '--port', '0', '--no-open'], {
      cwd: ROOT,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: noElectron, LEDGER_DATA_DIR: data },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = await linesUntilUrl(child);

    expect(lines[0]).toMatch(/^无法获取 Electron 运行程序（.+），改为启动浏览器版 — Electron is unavailable/);
    // Then only what `npm run web` prints: the data folder and the address; no stack trace, no second notice.
    expect(lines.slice(1)).toEqual([`数据文件夹：${data}`, expect.stringMatching(URL_LINE)]);
    const port = Number(URL_LINE.exec(lines[2]!)![1]);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    // Stopping the script stops the server it started.
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  }, 60_000);
});
