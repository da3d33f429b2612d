// `npm run bench:imports`: how long bringing an old book in takes (issue 21): 10,000 rows of a book checked
// (imports.preview: the book's checks, 疑似重复, 卷号), written as one batch (imports.commit) and undone
// (imports.undo), each once, through the API as the app calls it, on a fresh ledger. Numbers, not pass/fail; the
// issue's budget for a 10,000-row sheet is an import in ≤ 5 s (the file's reading, core/import, is not measured here).
// Rows come from the bench's own generator (bench/synthetic), complete records as an office's sheet would hold them.
// Env: BENCH_IMPORT_BOOKS=petition,mediationCase (the default), BENCH_IMPORT_ROWS=10000. (syntheticRecord does not
// finish for correctionSubject given only a filing date, so that book is not in the default.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../src-main/core';
import type { ApiInput, ApiMethod, ApiOutput } from '../src-shared/handlers';
import { registerDef, registerKeys, type RegisterKey } from '../src-shared/registers';
import { invokeAsAdmin } from '../tests/support/session';
import { Random } from './synthetic/random';
import { syntheticRecord } from './synthetic/records';

const ROWS = Number(process.env['BENCH_IMPORT_ROWS'] ?? 10_000);
const BOOKS = (process.env['BENCH_IMPORT_BOOKS'] ?? 'petition,mediationCase')
  .split(',')
  .filter((b): b is RegisterKey => (registerKeys as readonly string[]).includes(b));
const BUDGET_MS = 5000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-imports-'));
const core = createCore(dir, { log: (error) => console.error(error) });

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await invokeAsAdmin(core, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

try {
  const settings = await call('settings.save', {
    officeName: '东河镇司法所',
    county: '如东县',
    township: '东河镇',
    committees: [{ name: '东河镇人民调解委员会', shortName: '东', kind: '乡镇调委会', active: true }],
    staff: [{ name: '王晓红', position: '所长', active: true }],
  });
  const committeeIds = settings.committees.flatMap((c) => (c.id === undefined ? [] : [c.id]));
  const rng = new Random(20261203);
  const rowsOf = (register: RegisterKey, n: number) =>
    Array.from({ length: n }, (_, i) => {
      const date = new Date(Date.UTC(2016, 0, 1) + Math.floor((i * 3650) / n) * 86_400_000).toISOString().slice(0, 10);
      const ctx = { date, committeeIds, staff: ['王晓红'], mediators: ['李调解'] };
      return { line: i + 3, data: syntheticRecord(registerDef(register), rng, ctx) };
    });
  // Warm-up: the first call of each path compiles the code and schemas the others reuse.
  await call('imports.commit', { register: 'petition', fileName: '预热.xlsx', rows: rowsOf('petition', 50) });

  console.log(`导入 ${ROWS} 行（预算：导入 ≤ ${BUDGET_MS} ms）`);
  for (const register of BOOKS) {
    const rows = rowsOf(register, ROWS);
    const [preview, previewMs] = await timed(() => call('imports.preview', { register, fileName: 'bench.xlsx', rows }));
    const ready = rows.filter((_, i) => preview.rows[i]!.status !== '有错误');
    const [result, commitMs] = await timed(() =>
      call('imports.commit', { register, fileName: 'bench.xlsx', rows: ready }),
    );
    const [, undoMs] = await timed(() => call('imports.undo', { batchId: result.batchId }));
    const counts = `可导入 ${preview.counts.ready} / 疑似重复 ${preview.counts.duplicates} / 有错误 ${preview.counts.errors}`;
    console.log(
      `${registerDef(register).title.padEnd(14, '　')} 预览 ${previewMs.toFixed(0).padStart(5)} ms  导入 ${commitMs
        .toFixed(0)
        .padStart(5)} ms${commitMs > BUDGET_MS ? '（超出）' : ''}  撤销 ${undoMs.toFixed(0).padStart(5)} ms  ${counts}`,
    );
  }
} finally {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
