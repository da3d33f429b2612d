// `npm run samples`: renders sample Word documents from the test fixtures to docs/samples/*.png (LibreOffice → PDF →
// pdftoppm at 80 dpi), to look at how the forms come out: the 协议书 (two parties, and three with 20 terms), the 口头协议
// 登记表, the 回访记录, the 实地查访情况登记表, the 社区矫正 审批表 (审核表), 审批告知书, 公示 and 期满鉴定表, the 来访接待
// 记录, every page of a whole 卷宗 and the five 安置帮教 documents (报到谈话笔录, 帮教协议书 signed and refused, 通报列管
// 通知书, 工作记录簿, 委托帮教和解除帮教登记表). The .docx files are kept beside the PNGs. Then the Excel reports
// (scripts/report-samples.mjs: the 月报 workbook and a register book).
// The TypeScript sources are loaded with jiti (installed with electron-builder), so no build is needed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';
import { convertToPdf, findLibreOffice, installHint, pdfPages } from './ensure-libreoffice.mjs';
import { renderReportSamples } from './report-samples.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'docs', 'samples');

const tools = findLibreOffice();
if (tools.missing.length > 0) {
  console.error(`未找到 ${tools.missing.join('、')}。\n${installHint()}`);
  process.exit(1);
}

const jiti = createJiti(import.meta.url);
const { createCore } = await jiti.import(path.join(ROOT, 'src-main/core/index.ts'));
const { createDocumentFixtures, generate } = await jiti.import(path.join(ROOT, 'tests/unit/documentFixtures.ts'));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-samples-'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-samples-docx-'));
const core = createCore(dataDir, { log: () => {} });
try {
  const fx = await createDocumentFixtures(core);
  /** [sample name, record, kind, index, pages to render] */
  const samples = [
    ['agreement', fx.twoParty, 'agreement', undefined, 2],
    ['agreement-three-parties', fx.threeParty, 'agreement', undefined, 3],
    ['oral-agreement', fx.oral, 'oralAgreement', undefined, 2],
    ['revisit', fx.twoParty, 'revisit', undefined, 1],
    ['field-visit', fx.correction, 'fieldVisit', 0, 1],
    // 社区矫正 §13: 审批表 / 审核表 of four types, the 审批告知书 of the 外出, the 公示 of the 警告, the 期满鉴定表.
    ['approval-outing', fx.correction, 'approvalForm', 0, 1],
    ['approval-visit', fx.correction, 'approvalForm', 1, 1],
    ['approval-warning', fx.correction, 'approvalForm', 2, 1],
    ['approval-reduction', fx.correctionEnding, 'approvalForm', 1, 1],
    ['approval-notice', fx.correction, 'approvalNotice', 0, 1],
    ['approval-public-notice', fx.correction, 'approvalPublicNotice', 2, 1],
    ['appraisal', fx.correctionEnding, 'appraisal', undefined, 2],
    ['visit-record', fx.petition, 'visitRecord', undefined, 2],
    // Every page of the 卷宗: each of the case's documents as it prints (申请书, 受理登记表, 告知书, 调查记录, 调解记录,
    // 协议书, 回访记录, 情况说明, 封底), to check its 卷内目录 against the pages it names.
    ['case-file', fx.twoParty, 'caseFile', undefined, 30],
    // 安置帮教 (§12): 孙某某's papers, 钱某's 协议书 with the 拒签 note, and the year's 登记表 (A4 landscape).
    ['resettlement-report-talk', fx.resettlement, 'reportTalk', undefined, 3],
    ['resettlement-agreement', fx.resettlement, 'resettlementAgreement', undefined, 3],
    ['resettlement-agreement-refused', fx.resettlementRefused, 'resettlementAgreement', undefined, 3],
    ['resettlement-police-notice', fx.resettlement, 'policeNotice', 0, 1],
    ['resettlement-work-book', fx.resettlement, 'resettlementWorkBook', undefined, 2],
    ['resettlement-roll', fx.resettlement, 'entrustmentRoll', undefined, 2],
  ];
  // Old renderings go (a sample may have fewer pages now); README.md stays, and the report samples are redone below.
  fs.mkdirSync(OUT, { recursive: true });
  for (const file of fs.readdirSync(OUT))
    if (/\.(png|docx)$/.test(file) && !file.startsWith('report-')) fs.rmSync(path.join(OUT, file));
  const files = [];
  for (const [name, record, kind, index] of samples) {
    const doc = await generate(fx, record, kind, index);
    const file = path.join(work, `${name}.docx`);
    fs.writeFileSync(file, doc.bytes);
    fs.copyFileSync(file, path.join(OUT, `${name}.docx`));
    files.push(file);
  }
  const pdfs = convertToPdf(files, work);
  samples.forEach(([name, , , , pages], i) => {
    const pdf = pdfs[i];
    const last = Math.min(pages, pdfPages(pdf));
    spawnSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', String(last), pdf, path.join(OUT, name)], {
      stdio: 'inherit',
    });
    console.log(`${name}: ${pdfPages(pdf)} 页，已渲染前 ${last} 页`);
  });
  await renderReportSamples(OUT);
  console.log(`样张已写入 ${path.relative(ROOT, OUT)}/`);
} finally {
  await core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
}
