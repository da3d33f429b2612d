// `npm start`: launch the built app in Electron. Where the Electron binary cannot be obtained (no route to its
// download host, as on some office networks), say so in one short message and point to `npm run web`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function fail(detail) {
  console.error('');
  console.error(`无法启动桌面版：未能获取 Electron 运行程序（${detail}）。`);
  console.error('请改用浏览器版：npm run web');
  console.error('Cannot start the desktop app: the Electron binary could not be obtained. Use `npm run web` instead.');
  process.exit(1);
}

const electronDir = path.dirname(require.resolve('electron/package.json'));
const pathFile = path.join(electronDir, 'path.txt');
const installed =
  fs.existsSync(pathFile) && fs.existsSync(path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8')));
if (!installed) {
  console.log('正在下载 Electron 运行程序（只需一次）……');
  // Quietly: the downloader's stack trace would only alarm a clerk.
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (result.status !== 0) {
    const reason = /fetch failed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(`${result.stderr}${result.stdout}`)
      ? '无法连接下载服务器'
      : '下载或解压失败';
    fail(reason);
  }
}

let electronPath;
try {
  electronPath = require('electron');
} catch (error) {
  fail(
    String(error?.message ?? error)
      .split('\n')[0]
      .slice(0, 120),
  );
}

const child = spawn(electronPath, ['.'], { stdio: 'inherit', env: process.env });
child.on('error', (error) => fail(error.message));
child.on('exit', (code) => process.exit(code ?? 0));
