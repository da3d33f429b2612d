// Build better-sqlite3 for the installed Electron (its ABI differs from Node's) into build/native/better_sqlite3.node,
// which electron-builder ships as resources/native/better_sqlite3.node (see electron-builder.yml and
// src-main/index.ts). The build happens in a temporary copy, so node_modules/better-sqlite3 keeps the Node build
// that tests and `npm run web` use.
// Needs the Electron headers (https://electronjs.org/headers) and a C++ toolchain; node-gyp cannot cross-compile, so
// build the Windows installer on Windows.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODULE_DIR = path.join(ROOT, 'node_modules', 'better-sqlite3');
const OUT_DIR = path.join(ROOT, 'build', 'native');
const OUT_FILE = path.join(OUT_DIR, 'better_sqlite3.node');
const DIST_URL = 'https://electronjs.org/headers';

function fail(lines) {
  console.error('');
  for (const line of lines) console.error(line);
  process.exit(1);
}

function readVersion(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}

function findNodeGyp() {
  const npmDir =
    process.platform === 'win32'
      ? path.join(path.dirname(process.execPath), 'node_modules', 'npm')
      : path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm');
  const candidates = [
    path.join(ROOT, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    process.env.npm_config_node_gyp,
    path.join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((file) => file && fs.existsSync(file)) ?? null;
}

/** Run node-gyp, echoing its output and keeping it to explain a failure. */
function run(args, cwd, env) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('error', (error) => resolve({ code: null, output: `${output}\n${error.message}` }));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

if (!fs.existsSync(MODULE_DIR))
  fail([
    '找不到 node_modules/better-sqlite3，请先运行 npm ci。',
    'node_modules/better-sqlite3 is missing: run npm ci.',
  ]);
let electronVersion;
try {
  electronVersion = readVersion(path.join(ROOT, 'node_modules', 'electron'));
} catch {
  fail(['找不到 node_modules/electron，请先运行 npm ci。', 'node_modules/electron is missing: run npm ci.']);
}
const nodeGyp = findNodeGyp();
if (!nodeGyp)
  fail([
    '找不到 node-gyp，请运行 npm install --save-dev node-gyp。',
    'node-gyp not found: run npm install --save-dev node-gyp.',
  ]);

const arch = process.env.ELECTRON_ARCH?.trim() || process.arch;
const sqliteVersion = readVersion(MODULE_DIR);
console.log(`为 Electron ${electronVersion}（${process.platform}-${arch}）编译 better-sqlite3 ${sqliteVersion}……`);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-native-'));
const copy = path.join(work, 'better-sqlite3');
fs.cpSync(MODULE_DIR, copy, {
  recursive: true,
  // Leave the Node build behind: node-gyp must start clean.
  filter: (src) => path.relative(MODULE_DIR, src).split(path.sep)[0] !== 'build',
});

// npm passes its own settings to scripts as npm_config_*; a nodedir or target from there would make node-gyp build
// against Node's headers instead of Electron's, and the result would crash Electron at startup.
const env = { ...process.env };
for (const key of Object.keys(env)) {
  if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|build_from_source|devdir)$/i.test(key))
    delete env[key];
}

const args = [
  nodeGyp,
  'rebuild',
  '--release',
  `--target=${electronVersion}`,
  `--dist-url=${DIST_URL}`,
  '--runtime=electron',
  `--arch=${arch}`,
];
console.log(`> node-gyp ${args.slice(1).join(' ')}`);
const { code, output } = await run(args, copy, env);
const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');

if (code !== 0 || !fs.existsSync(built)) {
  fs.rmSync(work, { recursive: true, force: true });
  const offline =
    /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|fetch failed|getaddrinfo|socket hang up|certificate|network connectivity/i.test(
      output,
    );
  fail([
    `未能为 Electron ${electronVersion} 编译 better-sqlite3，无法打包安装程序。`,
    offline
      ? `原因：无法从 ${DIST_URL} 下载 Electron 头文件（网络不通）。请在能访问该地址的电脑上运行 npm run dist。`
      : '原因见上方 node-gyp 输出。需要：能访问 ' +
        DIST_URL +
        '，以及 C++ 编译工具（Windows：Visual Studio 生成工具“使用 C++ 的桌面开发”；Linux：build-essential、python3）。',
    `Could not build better-sqlite3 for Electron ${electronVersion}, so the installer cannot be packaged.`,
    offline
      ? `Reason: the Electron headers could not be downloaded from ${DIST_URL} (no network). Run npm run dist where it is reachable.`
      : `See the node-gyp output above. Needs access to ${DIST_URL} and a C++ toolchain (Windows: Visual Studio Build Tools with "Desktop development with C++"; Linux: build-essential, python3).`,
  ]);
}

fs.mkdirSync(OUT_DIR, { recursive: true });
fs.copyFileSync(built, OUT_FILE);
fs.writeFileSync(
  path.join(OUT_DIR, 'VERSION.txt'),
  `better-sqlite3 ${sqliteVersion} for electron ${electronVersion} ${process.platform}-${arch}\n`,
);
fs.rmSync(work, { recursive: true, force: true });
console.log(`已生成 ${path.relative(ROOT, OUT_FILE)}（Electron ${electronVersion}，${process.platform}-${arch}）`);
