// The return prints legibly on A4: no figure below 8 points. Measured twice: from the file's page setup (scale or
// fit-to-width, column widths against the printable width, column breaks, the smallest font), and in the pages
// LibreOffice prints (font sizes as pdftohtml reads them, what each page holds, the 填报 rows whole).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReturnPreview, buildReturnWorkbook } from '../../src-main/core/reports';
import type { ReportPeriod, ReturnPreview } from '../../src-shared/reports';
import { convertToPdf, findLibreOffice, installHint, pdfPages, pdfText } from '../../scripts/ensure-libreoffice.mjs';
import { useReportLedger } from './reportLedger';

const ledger = useReportLedger();
const META = { reporter: '王晓红', reportDate: '2026-12-02' };
const Q1: ReportPeriod = { kind: 'quarter', year: 2026, quarter: 1 };
const MIN_PT = 8;

/** A4 inside the sheet's margins (inches), in points. */
function printable(ws: ExcelJS.Worksheet): number {
  const paper = ws.pageSetup.orientation === 'landscape' ? 297 : 210;
  const m = ws.pageSetup.margins!;
  return (paper / 25.4) * 72 - (m.left + m.right) * 72;
}

/** Excel's drawn width of a column (ECMA-376 §18.3.1.13, 7-pixel digit of the default font) in points. */
const columnPt = (width: number) => Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7) * 0.75;

interface Measure {
  /** The scale the sheet prints at, 0–1. */
  scale: number;
  /** The smallest font of any cell with a value, in points, before scaling. */
  smallestFont: number;
  /** Each printed page's width at 100 %, in points (with the repeated columns), and the printable width. */
  pages: number[];
  printable: number;
}

/** How one sheet prints, from the file alone. */
function measure(ws: ExcelJS.Worksheet, colBreaks: number[]): Measure {
  let smallestFont = Infinity;
  let lastCol = 0;
  ws.eachRow((row) =>
    row.eachCell((cell, col) => {
      if (cell.value === null || cell.value === '') return;
      smallestFont = Math.min(smallestFont, cell.font?.size ?? 11);
      lastCol = Math.max(lastCol, col);
    }),
  );
  const width = (from: number, to: number) => {
    let sum = 0;
    for (let c = from; c <= to; c++) sum += columnPt(ws.getColumn(c).width ?? 9);
    return sum;
  };
  const repeated = ws.pageSetup.printTitlesColumn ? 1 : 0;
  const starts = [1, ...colBreaks.map((b) => b + 1)];
  const pages = starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : lastCol;
    return (i > 0 ? width(1, repeated) : 0) + width(start, end);
  });
  const room = printable(ws);
  const scale = ws.pageSetup.fitToPage ? Math.min(1, room / Math.max(...pages)) : (ws.pageSetup.scale ?? 100) / 100;
  return { scale, smallestFont, pages, printable: room };
}

/** The <colBreaks> of each sheet, read from the file's XML (exceljs does not read them back). */
function columnBreaks(bytes: Buffer, sheet: number): number[] {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))[`xl/worksheets/sheet${sheet}.xml`]!);
  return [...xml.matchAll(/<colBreaks[^>]*>(.*?)<\/colBreaks>/g)].flatMap((m) =>
    [...m[1]!.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((b) => Number(b[1])),
  );
}

async function measured(preview: ReturnPreview) {
  const bytes = await buildReturnWorkbook(preview, META);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  return { bytes, sheets: wb.worksheets.map((ws, i) => ({ ws, m: measure(ws, columnBreaks(bytes, i + 1)) })) };
}

/** Every figure at least 8 points when printed; every page within the paper. */
function expectLegible(sheets: { ws: ExcelJS.Worksheet; m: Measure }[]) {
  for (const { ws, m } of sheets) {
    expect(m.smallestFont * m.scale, `${ws.name}: smallest printed font`).toBeGreaterThanOrEqual(MIN_PT);
    for (const page of m.pages) expect(page * m.scale, `${ws.name}: page width`).toBeLessThanOrEqual(m.printable);
  }
}

/**
 * A large township's year: over a thousand cases and two thousand parties, hundreds under the busiest sources, types
 * and committee kinds, a few thousand 万元; each committee's figures in two digits.
 */
/** The last column of the 调解情况 half (书面协议), whose 合计 is told apart in the printed pages. */
const LAST_OF_HALF = 'form.written';

function largeYear(p: ReturnPreview): ReturnPreview {
  const thousands = new Set(['total', 'parties', 'success']);
  const hundreds = new Set([
    'difficult',
    'subject.village',
    'subject.township',
    'source.active',
    'source.applied',
    'source.referred',
    'type.01',
    'type.02',
    'type.03',
    'type.04',
    'type.06',
    'type.14',
    'form.oral',
    'prevent.petition.persons',
  ]);
  const figure = (key: string, unit: string, isTotal: boolean) => {
    if (unit === '万元') return isTotal ? 3456.78 : 456.78;
    if (!isTotal) return 98;
    if (key === LAST_OF_HALF) return 789;
    return thousands.has(key) ? 2876 : hundreds.has(key) ? 456 : 76;
  };
  const rows = p.mediation.rows.map((row) => ({
    ...row,
    values: Object.fromEntries(p.mediation.columns.map((c) => [c.key, figure(c.key, c.unit, row.isTotal)])),
  }));
  return { ...p, mediation: { ...p.mediation, rows } };
}

describe('the return on A4, from the file', () => {
  it('统计表: its two halves on two landscape pages, 项目 repeated, at a scale that keeps figures at 8 points or more', async () => {
    const preview = await buildReturnPreview(ledger.core().ledger.db, Q1, ledger.settings(), META.reportDate);
    const { bytes, sheets } = await measured(preview);
    const [statistics] = sheets;
    const half = preview.mediation.columns.filter((c) => c.header[0] === '调解情况').length;
    expect(columnBreaks(bytes, 1)).toEqual([1 + half]);
    expect(statistics!.ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: false,
      printTitlesColumn: 'A:A',
    });
    expect(statistics!.m.pages).toHaveLength(2);
    expectLegible(sheets);
  });

  it('stays legible with a large township’s year of figures (four-digit totals, thousands of 万元)', async () => {
    const preview = await buildReturnPreview(
      ledger.core().ledger.db,
      { kind: 'year', year: 2026 },
      ledger.settings(),
      META.reportDate,
    );
    expectLegible((await measured(largeYear(preview))).sheets);
  });
});

const tools = findLibreOffice();
const missingTools =
  tools.missing.length === 0 ? null : `未找到 ${tools.missing.join('、')}，无法检查报表的打印效果。\n${installHint()}`;

describe('the return on A4, as LibreOffice prints it', () => {
  let work = '';
  let pdf = '';
  let largePdf = '';
  let preview: ReturnPreview;

  beforeAll(async () => {
    if (missingTools) return;
    const db = ledger.core().ledger.db;
    preview = await buildReturnPreview(db, Q1, ledger.settings(), META.reportDate);
    const year = await buildReturnPreview(db, { kind: 'year', year: 2026 }, ledger.settings(), META.reportDate);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-return-pdf-'));
    const files = [
      ['return.xlsx', preview],
      ['large.xlsx', largeYear(year)],
    ] as const;
    for (const [name, p] of files) fs.writeFileSync(path.join(work, name), await buildReturnWorkbook(p, META));
    [pdf, largePdf] = convertToPdf(
      files.map(([name]) => path.join(work, name)),
      work,
    ) as [string, string];
  }, 180_000);
  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  /** Each text run's font size in points and its text, page by page (pdftohtml at zoom 1 reports points). */
  function runs(file: string): { page: number; size: number; text: string }[] {
    const result = spawnSync('pdftohtml', ['-xml', '-i', '-zoom', '1', '-stdout', file], { encoding: 'utf8' });
    const sizes = new Map(
      [...result.stdout.matchAll(/<fontspec id="(\d+)" size="([\d.]+)"/g)].map((m) => [m[1]!, Number(m[2])]),
    );
    const found: { page: number; size: number; text: string }[] = [];
    for (const page of result.stdout.split(/<page number="/).slice(1)) {
      const number = Number(/^(\d+)/.exec(page)![1]);
      for (const m of page.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)) {
        found.push({ page: number, size: sizes.get(m[1]!)!, text: m[2]!.replace(/<[^>]+>/g, '') });
      }
    }
    return found;
  }

  it('prints every figure and every header at 8 points or more, a large township’s year too', () => {
    if (missingTools) throw new Error(missingTools);
    for (const file of [pdf, largePdf]) {
      const all = runs(file).filter((r) => r.text.trim() !== '');
      expect(all.filter((r) => /^\d+(\.\d+)?$/.test(r.text.trim())).length).toBeGreaterThan(50);
      expect(Math.min(...all.map((r) => r.size))).toBeGreaterThanOrEqual(MIN_PT);
    }
  });

  it('a large township’s year still has the whole 调解情况 half on its first page', () => {
    if (missingTools) throw new Error(missingTools);
    const [page1, page2] = [pdfText(largePdf, 1), pdfText(largePdf, 2)];
    expect(page1).toContain('2876');
    expect(page1).toContain('3456.78');
    // The half's last column (书面协议) is on the first page, not pushed onto a page of its own.
    expect(page1).toMatch(/\b789\b/);
    expect(page2).not.toMatch(/\b789\b/);
    expect(page2).toContain('排查预防纠纷');
    expect(page2).not.toContain('调解情况');
  });

  it('统计表 page 1 holds 调解情况, page 2 排查预防纠纷, each with the committees; 工作情况’s 填报 rows are whole', () => {
    if (missingTools) throw new Error(missingTools);
    const [page1, page2] = [pdfText(pdf, 1), pdfText(pdf, 2)];
    for (const page of [page1, page2]) {
      for (const row of preview.mediation.rows) expect(page).toContain(row.unit.slice(0, 5));
    }
    expect(page1).toContain('调解情况');
    expect(page1).not.toContain('排查预防纠纷');
    expect(page2).toContain('排查预防纠纷');
    expect(page2).toContain('续表');
    expect(page2).not.toContain('调解情况');
    const last = pdfText(pdf, pdfPages(pdf));
    expect(last).toContain('工作情况');
    expect(last).toContain('填报日期：2026年12月2日');
    expect(last).toContain('统计时段：2026年1月1日至2026年3月31日');
  });
});
