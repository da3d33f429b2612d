// Find a Chromium for the end-to-end tests, installing one if none is found (`node scripts/ensure-chromium.mjs`).
// playwright.config.ts imports findChromium() only: the config must never install anything, that is `npm test`'s job.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Flags that let a system Chromium run headless as root, in containers and without network side traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function playwrightChromium() {
  try {
    const { chromium } = require('playwright-core');
    const file = chromium.executablePath();
    return file && isFile(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * The Chromium executable to use, or null. Order: env CHROMIUM_PATH, Playwright's own download, system packages.
 * Never installs and never prints.
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv && isFile(fromEnv)) return path.resolve(fromEnv);
  const bundled = playwrightChromium();
  if (bundled) return bundled;
  return SYSTEM_PATHS.find(isFile) ?? null;
}

function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function canApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && hasCommand('apt-get');
}

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function aptInstall(packages) {
  return run('apt-get', ['update']) && run('apt-get', ['install', '-y', ...packages]);
}

function hasChineseFont() {
  const result = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '';
}

function missingMessage() {
  const env = process.env.CHROMIUM_PATH?.trim();
  return [
    '',
    env ? `环境变量 CHROMIUM_PATH 指向的文件不存在：${env}` : '',
    '未找到 Chromium 浏览器，无法运行界面测试。请先安装：',
    '  Debian/Ubuntu：sudo apt-get install -y chromium fonts-noto-cjk',
    '  或（能访问 Playwright 下载服务器时）：npx playwright install chromium',
    '  或设置环境变量 CHROMIUM_PATH 指向已安装的 Chromium/Chrome 可执行文件。',
    'Chromium not found, so the end-to-end tests cannot run. Install it first:',
    '  Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk',
    '  or (where the Playwright download host is reachable): npx playwright install chromium',
    '  or set CHROMIUM_PATH to an installed Chromium/Chrome executable.',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Find Chromium, installing it (apt as root on Debian, else Playwright's download) when missing. Returns the path or
 * null.
 */
export function ensureChromium() {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv && !isFile(fromEnv)) console.warn(`警告：CHROMIUM_PATH 指向的文件不存在（${fromEnv}），改为自动查找。`);
  let found = findChromium();
  let installedFonts = false;
  if (!found && canApt()) {
    console.log('未找到 Chromium，正在用 apt-get 安装 chromium 与中文字体 fonts-noto-cjk……');
    installedFonts = aptInstall(['chromium', 'fonts-noto-cjk']);
    found = findChromium();
  }
  if (!found) {
    console.log('未找到 Chromium，正在尝试 npx playwright install chromium……');
    const cli = path.join(ROOT, 'node_modules', 'playwright-core', 'cli.js');
    if (isFile(cli)) run(process.execPath, [cli, 'install', 'chromium']);
    found = findChromium();
  }
  if (!found) {
    console.error(missingMessage());
    return null;
  }

  // Chinese glyphs in screenshots need a CJK font. Best effort: a missing font must not stop the tests.
  if (process.platform === 'linux' && !installedFonts && !hasChineseFont()) {
    if (canApt()) {
      console.log('未找到中文字体，正在安装 fonts-noto-cjk……');
      if (!aptInstall(['fonts-noto-cjk'])) console.warn('警告：fonts-noto-cjk 安装失败，截图中的中文可能显示为方框。');
    } else {
      console.warn(
        '警告：未找到中文字体（fc-list :lang=zh 为空），截图中的中文可能显示为方框。可安装 fonts-noto-cjk。',
      );
    }
  }

  console.log(`Chromium：${found}`);
  return found;
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) process.exit(ensureChromium() ? 0 : 1);
