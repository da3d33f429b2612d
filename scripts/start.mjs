// `npm start` (after `electron-vite build`): launch the built app in Electron. Where the Electron binary cannot be
// obtained (no route to its download host, as on many office networks), say so in one line and start the browser
// version instead, exactly as `npm run web` does, with the same options (`npm start -- --port 5000 --no-open`).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.dirname(require.resolve('electron/package.json'));

/**
 * How long the download host has to answer before it counts as unreachable. Without a route the download itself
 * fails only when its connection times out (minutes on some networks; `fetch failed` after about 3 s here), so one
 * quick request decides first; a host that answers gets the whole download time.
 */
const PROBE_TIMEOUT_MS = 5_000;
const DOWNLOAD_TIMEOUT_MS = 600_000;
/** Where @electron/get downloads from (electron/install.js honours the same settings). */
const MIRROR =
  process.env.ELECTRON_MIRROR ??
  process.env.npm_config_electron_mirror ??
  'https://github.com/electron/electron/releases/download/';

/** The executable's path inside Electron's dist folder, as electron/install.js records it in path.txt. */
function executableName() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (fs.existsSync(pathFile)) return fs.readFileSync(pathFile, 'utf8');
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/** Where electron/index.js looks: ELECTRON_OVERRIDE_DIST_PATH when set, its own dist folder otherwise. */
function electronBinary() {
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  return path.join(dist, executableName());
}

async function reachable(url) {
  try {
    await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return true;
  } catch {
    return false;
  }
}

/** The Electron binary's path, downloading it once if needed; or why it cannot be had. */
async function obtainElectron() {
  if (fs.existsSync(electronBinary())) return { binary: electronBinary() };
  // A binary named by ELECTRON_OVERRIDE_DIST_PATH is never downloaded.
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return { reason: 'ELECTRON_OVERRIDE_DIST_PATH 中没有' };
  if (!(await reachable(MIRROR))) return { reason: '无法连接下载服务器' };
  console.log('正在下载 Electron 运行程序（只需一次）……');
  // Quietly: the downloader's stack trace would only alarm a clerk.
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  if (result.status === 0 && fs.existsSync(electronBinary())) return { binary: electronBinary() };
  return {
    reason: /fetch failed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(`${result.stderr}${result.stdout}`)
      ? '无法连接下载服务器'
      : '下载或解压失败',
  };
}

/** Runs a child in this terminal until it ends, passing on the signals that stop it; exits with its code. */
function run(command, argv, onError) {
  const child = spawn(command, argv, { stdio: 'inherit', env: process.env, cwd: root });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', onError);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startBrowserVersion(reason) {
  console.log(
    `无法获取 Electron 运行程序（${reason}），改为启动浏览器版 — Electron is unavailable; starting the browser version (npm run web).`,
  );
  run(process.execPath, [path.join(root, 'out', 'main', 'web.js'), ...args], (error) => {
    console.error(`浏览器版也无法启动：${error.message}`);
    process.exit(1);
  });
}

const electron = await obtainElectron();
if ('reason' in electron) startBrowserVersion(electron.reason);
else run(electron.binary, ['.'], (error) => startBrowserVersion(`无法运行：${error.message.split('\n')[0]}`));
