// `npm test`: Chromium, LibreOffice and python3-openpyxl checks (installing them when missing), build, typecheck,
// lint (ESLint with the layer rules, Prettier, no import circles), unit tests (Vitest), end-to-end tests (Playwright).
// Unit and end-to-end tests both run even if the other fails. The last line of output is always the total,
// `N passed, N failed` (`, N skipped` when some were skipped), also written to test-results/summary.txt.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureLibreOffice } from './ensure-libreoffice.mjs';
import { ensurePythonOpenpyxl } from './ensure-python-openpyxl.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, 'test-results');
const UNIT_JSON = path.join(RESULTS, 'unit.json');
const E2E_JSON = path.join(RESULTS, 'e2e.json');
const SUMMARY = path.join(RESULTS, 'summary.txt');

const BIN = {
  'electron-vite': 'node_modules/electron-vite/bin/electron-vite.js',
  vitest: 'node_modules/vitest/vitest.mjs',
  playwright: 'node_modules/@playwright/test/cli.js',
  tsc: 'node_modules/typescript/bin/tsc',
  eslint: 'node_modules/eslint/bin/eslint.js',
  prettier: 'node_modules/prettier/bin/prettier.cjs',
  madge: 'node_modules/madge/bin/cli.js',
};

/** The lint checks, each counted as one test: the layers and rules (ESLint), the format, no import circles. */
const LINTS = [
  { name: '代码规范 lint (eslint)', bin: 'eslint', args: ['.'] },
  { name: '格式 format (prettier --check)', bin: 'prettier', args: ['--check', '--log-level', 'warn', '.'] },
  {
    name: '循环导入 import circles (madge)',
    bin: 'madge',
    args: [
      '--circular',
      '--no-spinner',
      '--extensions',
      'ts,tsx',
      '--ts-config',
      'tsconfig.json',
      'src-main',
      'src-shared',
      'src-renderer',
    ],
  },
];

/**
 * Run a package's CLI with this Node (no npx, so the same on Windows); resolves to the exit code, null if it crashed.
 */
function runBin(name, args) {
  const script = path.join(ROOT, BIN[name]);
  if (!fs.existsSync(script)) {
    console.error(`找不到 ${BIN[name]}，请先运行 npm ci（${name} is not installed: run npm ci）`);
    return Promise.resolve(null);
  }
  console.log(`\n> ${name} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'inherit', env: process.env });
    child.on('error', (error) => {
      console.error(`无法运行 ${name}：${error.message}`);
      resolve(null);
    });
    child.on('exit', (code, signal) => {
      if (signal) console.error(`${name} 被信号 ${signal} 终止`);
      resolve(signal ? null : code);
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Counts for one suite. A crash (no JSON report) counts as at least one failure, and so does a non-zero exit whose
 * report shows no failed test (a test file that does not load, an error outside tests, no tests found …).
 */
function countSuite(name, exitCode, counts, note = '') {
  const result = counts ?? { passed: 0, failed: 0, skipped: 0 };
  let detail = note;
  if (!counts && !detail) detail = '没有生成结果文件，按失败计（no JSON report: counted as failed）';
  if (exitCode !== 0 && result.failed === 0) {
    result.failed = 1;
    if (!detail) detail = `退出码 ${exitCode ?? '异常'}，按失败计（non-zero exit: counted as failed）`;
  }
  return { name, ...result, detail };
}

function vitestCounts(report) {
  if (!report || typeof report.numPassedTests !== 'number') return null;
  // Test files that failed without a failed test (import or syntax errors) each count as one failure.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwrightCounts(report) {
  const stats = report?.stats;
  if (!stats || typeof stats.expected !== 'number') return null;
  return {
    passed: stats.expected,
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0),
    skipped: stats.skipped ?? 0,
  };
}

async function main() {
  fs.mkdirSync(RESULTS, { recursive: true });
  for (const file of [UNIT_JSON, E2E_JSON, SUMMARY]) fs.rmSync(file, { force: true });

  console.log('> 检查 Chromium（ensure-chromium）');
  const chromium = ensureChromium();
  // Best effort: without LibreOffice the Word document conversion tests fail (saying what to install), nothing else.
  console.log('> 检查 LibreOffice（ensure-libreoffice）');
  ensureLibreOffice();
  // Best effort too: without python3-openpyxl the Excel read-back tests fail (saying what to install), nothing else.
  console.log('> 检查 python3-openpyxl（ensure-python-openpyxl）');
  ensurePythonOpenpyxl();
  const buildCode = await runBin('electron-vite', ['build']);
  const built = buildCode === 0;
  if (!built) console.error('构建失败（electron-vite build failed）：界面测试不运行，按失败计。');

  // Strict TypeScript over every process and the tests: one check, counted as one test.
  const typeCode = await runBin('tsc', ['--noEmit', '-p', 'tsconfig.json']);
  const typecheck = countSuite('类型检查 typecheck (tsc)', typeCode, {
    passed: typeCode === 0 ? 1 : 0,
    failed: 0,
    skipped: 0,
  });

  const lints = [];
  for (const lint of LINTS) {
    const code = await runBin(lint.bin, lint.args);
    lints.push(countSuite(lint.name, code, { passed: code === 0 ? 1 : 0, failed: 0, skipped: 0 }));
  }

  const unitCode = await runBin('vitest', [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.relative(ROOT, UNIT_JSON)}`,
  ]);
  const unit = countSuite('单元测试 unit (vitest)', unitCode, vitestCounts(readJson(UNIT_JSON)));

  let e2e;
  if (!built || !chromium) {
    e2e = countSuite(
      '界面测试 e2e (playwright)',
      1,
      null,
      built ? '未找到 Chromium，未运行（not run: no Chromium）' : '构建失败，未运行（not run: build failed）',
    );
  } else {
    const e2eCode = await runBin('playwright', ['test']);
    e2e = countSuite('界面测试 e2e (playwright)', e2eCode, playwrightCounts(readJson(E2E_JSON)));
  }

  const suites = [typecheck, ...lints, unit, e2e];
  const total = { passed: 0, failed: 0, skipped: 0 };
  console.log('\n测试结果 Test results:');
  for (const s of suites) {
    total.passed += s.passed;
    total.failed += s.failed;
    total.skipped += s.skipped;
    const skipped = s.skipped > 0 ? `, ${s.skipped} skipped` : '';
    console.log(`  ${s.name}: ${s.passed} passed, ${s.failed} failed${skipped}${s.detail ? `  — ${s.detail}` : ''}`);
  }
  if (!built) console.log('  构建 build (electron-vite): 失败 failed');

  let line = `${total.passed} passed, ${total.failed} failed`;
  if (total.skipped > 0) line += `, ${total.skipped} skipped`;
  fs.writeFileSync(SUMMARY, `${line}\n`);
  console.log(line);
  return total.failed > 0 || !built || !chromium ? 1 : 0;
}

// exitCode rather than exit(): let the summary line flush (pipes are asynchronous on Windows).
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Even an orchestration bug ends with the summary line, so CI always has one.
    console.error(error);
    const line = '0 passed, 1 failed';
    try {
      fs.mkdirSync(RESULTS, { recursive: true });
      fs.writeFileSync(SUMMARY, `${line}\n`);
    } catch {
      // The line on stdout is what CI reads; the file is a convenience.
    }
    console.log(line);
    process.exitCode = 1;
  },
);
