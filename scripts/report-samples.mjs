// Renders the Excel reports made from tests/unit/reportFixtures.ts to docs/samples/report-*.png (LibreOffice Calc →
// PDF → pdftoppm), to look at how they print: the 月报 workbook of March 2026 (统计表 on two pages, its 调解情况 and
// 排查预防纠纷 halves; 排查调处月报表; 工作情况), the 2026 人民调解收结案登记簿 (two pages side by side) and the
// 安置帮教对象花名册 (four pages side by side). The .xlsx files are kept beside the PNGs.
// `node scripts/report-samples.mjs` on its own, or as part of `npm run samples` (scripts/samples.mjs calls it).
// Needs LibreOffice Calc (Debian: libreoffice-calc-nogui), not only Writer.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';
import { convertToPdf, findLibreOffice, installHint, pdfPages } from './ensure-libreoffice.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DPI = '150';

/** Writes docs/samples/report-*.{xlsx,png}, replacing earlier ones. */
export async function renderReportSamples(out = path.join(ROOT, 'docs', 'samples')) {
  const jiti = createJiti(import.meta.url);
  const { createCore } = await jiti.import(path.join(ROOT, 'src-main/core/index.ts'));
  const { readSettings } = await jiti.import(path.join(ROOT, 'src-main/core/settings.ts'));
  const reports = await jiti.import(path.join(ROOT, 'src-main/core/reports/index.ts'));
  const { createReportFixtures } = await jiti.import(path.join(ROOT, 'tests/unit/reportFixtures.ts'));

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-report-samples-'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-report-samples-xlsx-'));
  const core = createCore(dataDir, { log: () => {} });
  try {
    await createReportFixtures(core);
    const db = core.ledger.db;
    const settings = await readSettings(db);
    const preview = await reports.buildReturnPreview(
      db,
      { kind: 'month', year: 2026, month: 3 },
      settings,
      '2026-04-02',
    );
    const book = await reports.buildRegisterBook(db, {
      register: 'mediationCase',
      from: '2026-01-01',
      to: '2026-12-31',
      settings,
    });
    const roster = await reports.buildRegisterBook(db, {
      register: 'resettlement',
      from: '2026-01-01',
      to: '2026-12-31',
      settings,
    });
    /** [sample name, bytes, pages to render] */
    const samples = [
      [
        'report-monthly-return',
        await reports.buildReturnWorkbook(preview, { reporter: '王晓红', reportDate: '2026-04-02' }),
        4,
      ],
      ['report-mediation-book', book.bytes, 2],
      ['report-resettlement-book', roster.bytes, 4],
    ];
    fs.mkdirSync(out, { recursive: true });
    for (const file of fs.readdirSync(out)) if (/^report-.*\.(png|xlsx)$/.test(file)) fs.rmSync(path.join(out, file));
    const files = samples.map(([name, bytes]) => {
      const file = path.join(work, `${name}.xlsx`);
      fs.writeFileSync(file, bytes);
      fs.copyFileSync(file, path.join(out, `${name}.xlsx`));
      return file;
    });
    let pdfs;
    try {
      pdfs = convertToPdf(files, work);
    } catch (error) {
      throw new Error(
        `${error.message}\nExcel 文件需要 LibreOffice Calc：sudo apt-get install -y libreoffice-calc-nogui`,
        { cause: error },
      );
    }
    samples.forEach(([name, , pages], i) => {
      const pdf = pdfs[i];
      const last = Math.min(pages, pdfPages(pdf));
      spawnSync('pdftoppm', ['-r', DPI, '-png', '-f', '1', '-l', String(last), pdf, path.join(out, name)], {
        stdio: 'inherit',
      });
      console.log(`${name}: ${pdfPages(pdf)} 页，已渲染前 ${last} 页`);
    });
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  const tools = findLibreOffice();
  if (tools.missing.length > 0) {
    console.error(`未找到 ${tools.missing.join('、')}。\n${installHint()}`);
    process.exit(1);
  }
  await renderReportSamples();
  console.log('报表样张已写入 docs/samples/report-*');
}
