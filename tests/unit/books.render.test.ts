// Every register book of the report fixtures printed by an independent program: LibreOffice converts the .xlsx files
// to PDF (all in one soffice run) and poppler reads the words back with their boxes. No 卷号, date, phone or 身份证号
// is broken across lines; every column is printed (none cut off); a book printed over pages side by side is at 8 pt
// or more, its continuation pages titled （续）.
// LibreOffice is required, not optional: without it these tests fail and say how to get it (`npm test` installs it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRegisterBook } from '../../src-main/core/reports';
import { registers, type RegisterKey } from '../../src-shared/registers';
import { convertToPdf, findLibreOffice, installHint, pdfPages } from '../../scripts/ensure-libreoffice.mjs';
import { readWithExceljs } from '../support/xlsx';
import { useReportLedger } from './reportLedger';

const ledger = useReportLedger();

/**
 * The books of this ledger that one A4 page prints below 8 pt (in Excel; smaller still in LibreOffice): the 人民调解收
 * 结案登记簿's 23 columns printed at 4.6 pt here when fitted to one page.
 */
const SIDE_BY_SIDE: readonly RegisterKey[] = [
  'mediationCase',
  'disputeScreening',
  'legalAid',
  'correctionSubject',
  'resettlement',
];

interface Rendered {
  pdf: string;
  /** Every cell's text of the book as written. */
  cells: string[];
  /** Header row labels, their lines as the app broke them. */
  headers: string[];
  /** Print scale (percent) of a book printed side by side; undefined when fitted to one page's width. */
  scale: number | undefined;
  /** The pages side by side that one row runs over (the titles over them in row 1). */
  across: number;
}

const rendered = new Map<RegisterKey, Rendered>();

const tools = findLibreOffice();
const missingTools =
  tools.missing.length === 0
    ? null
    : `未找到 ${tools.missing.join('、')}，无法检查导出的登记簿。请运行 npm test（它会安装 LibreOffice 与 poppler-utils）。\n` +
      `${tools.missing.join(', ')} not found: run \`npm test\`.\n${installHint()}`;

beforeAll(async () => {
  if (missingTools) return;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-books-render-'));
  const files: string[] = [];
  for (const def of registers) {
    const { bytes } = await buildRegisterBook(ledger.core().ledger.db, {
      register: def.key,
      from: '2026-01-01',
      to: '2026-12-31',
      settings: ledger.settings(),
    });
    const file = path.join(work, `${def.key}.xlsx`);
    fs.writeFileSync(file, bytes);
    files.push(file);
    const ws = (await readWithExceljs(bytes)).worksheets[0]!;
    const cells: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? ''))));
    const headers: string[] = [];
    ws.getRow(2).eachCell((cell) => headers.push(String(cell.value)));
    const scale = ws.pageSetup.fitToPage ? undefined : ws.pageSetup.scale;
    let across = 0;
    ws.getRow(1).eachCell((cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (String(cell.value ?? '').startsWith(ledger.settings().officeName)) across++;
    });
    rendered.set(def.key, { pdf: '', cells, headers, scale, across });
  }
  const pdfs = convertToPdf(files, work);
  registers.forEach((def, i) => (rendered.get(def.key)!.pdf = pdfs[i] ?? ''));
  return () => fs.rmSync(work, { recursive: true, force: true });
}, 300_000);

interface Word {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
}

/** The PDF's words with their boxes, page by page (pdftotext -bbox). */
function words(pdf: string): Word[] {
  const result = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const found: Word[] = [];
  let page = 0;
  for (const line of result.stdout.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/u.exec(line);
    if (m) found.push({ page, text: m[3]!, xMin: Number(m[1]), xMax: Number(m[2]) });
  }
  return found;
}

/** Values that must print whole: 卷号, dates, phones, 身份证号 (masked ones too). */
const WHOLE = [
  /（\d{4}）\S+?第\d+号/gu,
  /\d{4}-\d{2}-\d{2}/gu,
  /\b1\d{10}\b/gu,
  /\b0\d{2,3}-\d{7,8}\b/gu,
  /\d{17}[\dX]/gu,
];

function book(key: RegisterKey): Rendered {
  if (missingTools) throw new Error(missingTools);
  return rendered.get(key)!;
}

describe('register books printed by LibreOffice', () => {
  it('LibreOffice and poppler-utils are installed', () => {
    expect(missingTools ?? '', missingTools ?? '').toBe('');
  });

  it.each(registers.map((def) => ({ key: def.key, title: def.title })))(
    '$title: no 卷号, date, phone or 身份证号 broken across lines',
    ({ key }) => {
      const { pdf, cells } = book(key);
      const printed = words(pdf).map((w) => w.text);
      const values = [...new Set(cells.flatMap((cell) => WHOLE.flatMap((re) => cell.match(re) ?? [])))];
      expect(values.length, 'the fixture gives this book such values').toBeGreaterThan(0);
      const broken = values.filter((value) => !printed.some((word) => word.includes(value)));
      expect(broken).toEqual([]);
    },
  );

  it.each(registers.map((def) => ({ key: def.key, title: def.title })))(
    '$title: every column printed; side by side at 8 pt or more with （续） on the pages that continue',
    ({ key }) => {
      const { pdf, headers, scale, across } = book(key);
      const all = words(pdf);
      const text = all.map((w) => w.text).join('');
      const missing = headers.flatMap((h) => h.split('\n')).filter((line) => !text.includes(line.replaceAll(' ', '')));
      expect(missing).toEqual([]);
      // 序号 heads every page: a bold 10 pt header, each of its two characters one em wide.
      const heads = all.filter((w) => w.text === '序号');
      const pages = pdfPages(pdf);
      expect(heads.map((w) => w.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
      const printedPt = Math.min(...heads.map((w) => (w.xMax - w.xMin) / 2));
      expect(scale !== undefined, 'printed side by side').toBe(SIDE_BY_SIDE.includes(key));
      if (scale === undefined) return;
      expect(printedPt).toBeGreaterThanOrEqual(8);
      expect(printedPt).toBeCloseTo((10 * scale) / 100, 0);
      // Pages side by side (two, or three for the 安置帮教对象花名册): all but the first of each run continue the rows.
      expect(across).toBeGreaterThanOrEqual(2);
      const continued = [...new Set(all.filter((w) => w.text.endsWith('（续）')).map((w) => w.page))];
      expect(continued).toEqual(
        Array.from({ length: pages }, (_, i) => i + 1).filter((page) => (page - 1) % across !== 0),
      );
    },
  );
});
