// `npm run bench`: ten years of a busy 司法所 (office, ~300,000 records) and fifteen of them in one database
// (county), generated reproducibly from a seed and cached under bench/.cache; then every operation the issue lists,
// median and p95 over many repetitions, each list and search also as plain SQL with the ratio, the peak memory and the
// file size, and the browser's first screen and paging. Writes bench/results.json and prints a table. Numbers, not
// pass/fail. Each size is generated in its own process and measured in another, which runs the measuring code
// bundled as the app runs its core (ledger/bundle.ts): the peak memory is that of the measuring core, not of a
// TypeScript loader.
// Env: BENCH_SIZES=office (default office,county), BENCH_SEED=n, BENCH_PARTS=lists,searches,records,outputs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBrowser, type BrowserResult } from './ledger/browser';
import { bundleMeasureChild } from './ledger/bundle';
import { IMPORT_ROWS, oldPetitionBook } from './ledger/importSheet';
import type { SizeResult } from './ledger/measure';
import type { Timing } from './ledger/stats';
import { countsFor, syntheticLedger, type LedgerSize } from './synthetic/ledger';

const SEED = Number(process.env['BENCH_SEED'] ?? 20260321);
const SIZES = (process.env['BENCH_SIZES'] ?? 'office,county').split(',') as LedgerSize[];
const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.json');
/** The children run this file through jiti too (its argv shows the script, not the CLI). */
const JITI_CLI = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'node_modules',
  'jiti',
  'lib',
  'jiti-cli.mjs',
);

/** The budgets (p95, ms), by group; lists and searches also ≤ 1.5 × plain SQL. */
const BUDGETS: Record<LedgerSize, Record<string, number>> = {
  office: { 列表: 30, 搜索: 50, 记录: 10, 首页: 100, 报表: 1000, 备份: 3000, 导入预览: 2000, 导入: 5000 },
  county: { 列表: 100, 搜索: 150, 记录: 10, 首页: 300, 报表: 3000, 备份: 15000, 导入预览: 2000, 导入: 5000 },
};
const MEMORY_BUDGET_MB: Record<LedgerSize, number> = { office: 300, county: 600 };
const RATIO_BUDGET = 1.5;

interface SizeReport extends SizeResult {
  records: number;
  generatedSeconds: number;
}

const log = (line: string) => console.log(line);
const [mode, size, arg] = process.argv.slice(2) as [string | undefined, LedgerSize, string | undefined];

if (mode === 'generate') {
  const started = Date.now();
  syntheticLedger(size, SEED, { log });
  fs.writeFileSync(arg!, JSON.stringify({ seconds: (Date.now() - started) / 1000, file: syntheticLedger(size, SEED) }));
} else if (mode === 'measure') {
  // Measures one size already generated (bench/.cache), e.g. after a change, without the other size or the browser.
  fs.writeFileSync(arg!, JSON.stringify(await measureBundled(size)));
} else if (mode === 'browser') {
  // Re-measures only the browser part of the last run (bench/results.json) on the cached office ledger.
  const results = JSON.parse(fs.readFileSync(RESULTS, 'utf8')) as { browser: unknown };
  results.browser = await measureBrowser(syntheticLedger('office', SEED), log);
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`浏览器（office）：${JSON.stringify(results.browser)}`);
} else {
  await main();
}

/** Measures a generated size in a child process running the bundled measuring code, as the app runs its core. */
async function measureBundled(s: LedgerSize): Promise<SizeResult> {
  const entry = await bundleMeasureChild();
  const out = path.join(os.tmpdir(), `ledger-bench-${process.pid}-measure-${s}.json`);
  // The old book the import is measured with is made here: writing it is the bench's work, not the app's, and its
  // memory is not the core's peak.
  const sheet = path.join(os.tmpdir(), `ledger-bench-${process.pid}-import.xlsx`);
  fs.writeFileSync(sheet, await oldPetitionBook(IMPORT_ROWS));
  try {
    const run = spawnSync(process.execPath, [entry, syntheticLedger(s, SEED), out, sheet], {
      stdio: 'inherit',
      env: process.env,
    });
    if (run.status !== 0) throw new Error(`bench measure ${s} failed (exit ${run.status})`);
    const measured = JSON.parse(fs.readFileSync(out, 'utf8')) as SizeResult;
    fs.rmSync(out, { force: true });
    return measured;
  } finally {
    fs.rmSync(sheet, { force: true });
  }
}

/** Runs this file again in a child process and returns the JSON it leaves in a temp file. */
function child<T>(childMode: string, childSize: LedgerSize): T {
  const out = path.join(os.tmpdir(), `ledger-bench-${process.pid}-${childMode}-${childSize}.json`);
  const run = spawnSync(process.execPath, [JITI_CLI, fileURLToPath(import.meta.url), childMode, childSize, out], {
    stdio: 'inherit',
    env: process.env,
  });
  if (run.status !== 0) throw new Error(`bench ${childMode} ${childSize} failed (exit ${run.status})`);
  const value = JSON.parse(fs.readFileSync(out, 'utf8')) as T;
  fs.rmSync(out, { force: true });
  return value;
}

async function main(): Promise<void> {
  const started = Date.now();
  const sizes: Partial<Record<LedgerSize, SizeReport>> = {};
  for (const s of SIZES) {
    console.log(`\n== ${s}: 生成（种子 ${SEED}，已生成的从 bench/.cache 读取）`);
    const generated = child<{ seconds: number }>('generate', s);
    console.log(`== ${s}: 测量`);
    const measured = await measureBundled(s);
    sizes[s] = {
      ...measured,
      records: Object.values(countsFor(s)).reduce((a, b) => a + b, 0),
      generatedSeconds: generated.seconds,
    };
  }
  let browser: BrowserResult | { error: string };
  try {
    browser = await measureBrowser(syntheticLedger('office', SEED), log);
  } catch (error) {
    browser = { error: (error as Error).message };
  }
  const totalSeconds = Math.round((Date.now() - started) / 1000);
  const results = {
    measuredAt: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 1e9)} GB, Node ${process.version}`,
    seed: SEED,
    totalSeconds,
    budgets: { ...BUDGETS, memoryMb: MEMORY_BUDGET_MB, ratio: RATIO_BUDGET },
    sizes,
    browser,
  };
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  for (const [s, report] of Object.entries(sizes) as [LedgerSize, SizeReport][]) printTable(s, report);
  console.log(`\n浏览器（office）：${JSON.stringify(browser)}`);
  console.log(`\n共 ${totalSeconds} s；结果已写入 bench/results.json`);
}

function printTable(s: LedgerSize, report: SizeReport): void {
  const budgets = BUDGETS[s];
  console.log(
    `\n=== ${s}: ${report.records} 条记录, 文件 ${report.fileMb} MB, 生成 ${report.generatedSeconds.toFixed(0)} s, 峰值内存 ${report.peakRssMb} MB（预算 ${MEMORY_BUDGET_MB[s]} MB）${report.peakRssMb > MEMORY_BUDGET_MB[s] ? ' 超出' : ''}`,
  );
  console.log(
    `${'操作'.padEnd(44)} ${'中位数'.padStart(9)} ${'p95'.padStart(9)} ${'预算'.padStart(7)} ${'直接SQL p95'.padStart(11)} ${'比值'.padStart(6)}`,
  );
  for (const t of report.timings) console.log(row(t, budgets[t.group]));
}

function row(t: Timing, budget: number | undefined): string {
  const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—').padStart(9);
  const over = (budget !== undefined && t.p95 > budget) || (t.plain && t.plain.ratio > RATIO_BUDGET) ? '  ← 超出' : '';
  const plain = t.plain
    ? `${t.plain.p95.toFixed(1).padStart(11)} ${t.plain.ratio.toFixed(2).padStart(6)}`
    : ' '.repeat(18);
  return `${`${t.group} ${t.label}`.slice(0, 44).padEnd(44)} ${ms(t.median)} ${ms(t.p95)} ${String(budget ?? '').padStart(7)} ${plain}${t.detail ? `  ${t.detail}` : ''}${over}`;
}
