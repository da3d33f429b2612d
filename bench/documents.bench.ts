// `npm run bench`: how long making Word documents takes, as numbers (median and 95th percentile over 60 runs after a
// warm-up), not pass/fail. Run with jiti (node_modules/.bin/jiti, which electron-builder depends on, so present after
// `npm ci` on a fresh clone): TypeScript straight from the sources, no build. Targets: one 协议书 < 50 ms, one 卷宗 of
// ten or more documents < 300 ms.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../src-main/core';
import type { DocumentKind } from '../src-main/core/documents';
import type { RecordRow } from '../src-shared/handlers';
import {
  createDocumentFixtures,
  generate,
  readDocx,
  TODAY,
  type DocumentFixtures,
} from '../tests/unit/documentFixtures';

const RUNS = 60;
const WARMUP = 5;

function quantile(sorted: readonly number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

async function measure(
  label: string,
  fx: DocumentFixtures,
  record: RecordRow,
  kind: DocumentKind,
  target: number,
): Promise<void> {
  for (let i = 0; i < WARMUP; i++) await generate(fx, record, kind);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const doc = await generate(fx, record, kind);
    times.push(performance.now() - start);
    bytes = doc.bytes.length;
  }
  times.sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;
  console.log(
    `${label.padEnd(34)} median ${fmt(quantile(times, 0.5))}   p95 ${fmt(quantile(times, 0.95))}   ` +
      `(${RUNS} runs, ${(bytes / 1024).toFixed(0)} KB, target < ${target} ms)`,
  );
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-'));
const core = createCore(dir, { log: () => {}, today: () => TODAY });
try {
  const fx = await createDocumentFixtures(core);
  const file = await generate(fx, fx.twoParty, 'caseFile');
  const titles = readDocx(file.bytes).document.match(/<w:bookmarkStart w:name="doc\d+"/g)?.length ?? 0;
  console.log(`Word 文书生成耗时（Node ${process.version}, ${os.cpus()[0]?.model ?? 'CPU'}）`);
  await measure('人民调解协议书（两方当事人）', fx, fx.twoParty, 'agreement', 50);
  await measure('人民调解协议书（三方，20条）', fx, fx.threeParty, 'agreement', 50);
  await measure(`人民调解卷宗（封面、目录+${titles}份文书）`, fx, fx.twoParty, 'caseFile', 300);
} finally {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
