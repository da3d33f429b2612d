// python3 with openpyxl reads the generated .xlsx files back as an independent implementation of the format would
// (tests/support/read_xlsx.py). `node scripts/ensure-python-openpyxl.mjs` finds such a python3, installing Debian's
// python3-openpyxl (apt, as root) when none has it; `npm test` calls ensurePythonOpenpyxl(). The report tests only use
// findPythonOpenpyxl(): they never install anything, and fail saying how to get it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = ['python3-openpyxl'];

/**
 * Where to look: $PYTHON, then python3 on PATH, then the system python3. A version manager's python3 (pyenv) shadows
 * the system one on PATH but does not see the packages apt installs, so the system one is tried as well.
 */
function candidates() {
  const list = [process.env.PYTHON?.trim(), 'python3', '/usr/bin/python3', 'python'];
  if (process.platform === 'win32') list.push('py');
  return [...new Set(list.filter(Boolean))];
}

function hasOpenpyxl(python) {
  const result = spawnSync(python, ['-c', 'import openpyxl, sys; print(openpyxl.__version__)'], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** { python, version } of the first python that imports openpyxl, or null. Never installs. */
export function findPythonOpenpyxl() {
  for (const python of candidates()) {
    const version = hasOpenpyxl(python);
    if (version) return { python, version };
  }
  return null;
}

export function openpyxlHint() {
  return [
    '请运行 npm test（它会在 Debian/Ubuntu 上以 root 安装 python3-openpyxl），或手动安装：',
    `  sudo apt-get install -y ${PACKAGES.join(' ')}    （或 pip install openpyxl）`,
    'Run `npm test` (its setup installs python3-openpyxl as root on Debian/Ubuntu), or install it yourself:',
    `  sudo apt-get install -y ${PACKAGES.join(' ')}    (or pip install openpyxl); set PYTHON to pick a python.`,
  ].join('\n');
}

function canApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  return spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
}

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  return (
    spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      .status === 0
  );
}

/** Find python3 + openpyxl, installing python3-openpyxl with apt (as root) when missing. True when found. */
export function ensurePythonOpenpyxl() {
  let found = findPythonOpenpyxl();
  if (!found && canApt()) {
    console.log(`未找到带 openpyxl 的 python3，正在用 apt-get 安装 ${PACKAGES.join(' ')}……`);
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', ...PACKAGES])) found = findPythonOpenpyxl();
  }
  if (!found) {
    console.error(`\n未找到带 openpyxl 的 python3：Excel 报表的读回测试会失败。\n${openpyxlHint()}`);
    return false;
  }
  console.log(`openpyxl ${found.version}：${found.python}`);
  return true;
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) process.exit(ensurePythonOpenpyxl() ? 0 : 1);
