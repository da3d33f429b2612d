// The 月报 page shows every figure the workbook holds: the preview's figures (ReturnFigures, rendered to HTML as the
// page renders it) against the cells of the exported .xlsx, sheet by sheet, including the 防激化 pairs of the 排查 sheet.
import { MantineProvider } from '@mantine/core';
import ExcelJS from 'exceljs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildReturnPreview, buildReturnWorkbook } from '../../src-main/core/reports';
import type { ReportPeriod, ReturnPreview } from '../../src-shared/reports';
import { ReturnFigures } from '../../src-renderer/src/components/ReturnFigures';
import { useReportLedger } from './reportLedger';

const ledger = useReportLedger();

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/** The body rows of the table named `label` on the page, as cell texts. */
function tableRows(html: string, label: string): string[][] {
  const table = new RegExp(`<table[^>]*aria-label="${label}"[^>]*>([\\s\\S]*?)</table>`).exec(html);
  if (!table) throw new Error(`no table ${label} on the page`);
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table[1]!)![1]!;
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => decode(cell[1]!)),
  );
}

/** A cell as the page writes it: numbers as text (万元 with two decimals, as the cell's format shows them). */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return cell.numFmt === '0.00' ? value.toFixed(2) : String(value);
  return String(value);
}

function rowNumber(ws: ExcelJS.Worksheet, column: number, text: string): number {
  let found = 0;
  ws.eachRow((row, n) => {
    if (!found && row.getCell(column).value === text) found = n;
  });
  if (!found) throw new Error(`${ws.name}: no ${text} in column ${column}`);
  return found;
}

async function pageAndFile(
  period: ReportPeriod,
): Promise<{ p: ReturnPreview; html: string; sheets: ExcelJS.Worksheet[] }> {
  const p = await buildReturnPreview(ledger.core().ledger.db, period, ledger.settings(), '2026-12-02');
  const html = renderToStaticMarkup(createElement(MantineProvider, null, createElement(ReturnFigures, { preview: p })));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildReturnWorkbook(p, { reporter: '王晓红', reportDate: '2026-12-02' })) as never);
  return { p, html, sheets: wb.worksheets };
}

describe.each<[string, ReportPeriod]>([
  ['March', { kind: 'month', year: 2026, month: 3 }],
  ['the first quarter', { kind: 'quarter', year: 2026, quarter: 1 }],
])('the preview of %s against the workbook', (_, period) => {
  it('统计表: every committee row, every column', async () => {
    const { p, html, sheets } = await pageAndFile(period);
    const ws = sheets[0]!;
    const shown = tableRows(html, '人民调解工作情况统计表');
    expect(shown.map((r) => r[0])).toEqual(p.mediation.rows.map((r) => r.unit));
    for (const row of shown) {
      const at = rowNumber(ws, 1, row[0]!);
      const inFile = p.mediation.columns.map((_c, i) => cellText(ws.getCell(at, 2 + i)));
      expect([row[0], row.slice(1)]).toEqual([row[0], inFile]);
    }
    expect(shown.flat().join()).not.toBe('');
  });

  it('排查调处 sheet: the figures and the four 防激化 件/人 pairs, and the 重大纠纷明细', async () => {
    const { p, html, sheets } = await pageAndFile(period);
    const ws = sheets[1]!;
    const [row] = tableRows(html, ws.name);
    const at = rowNumber(ws, 1, p.officeName);
    const inFile = Array.from({ length: 13 }, (_c, i) => cellText(ws.getCell(at, 2 + i)));
    expect(row).toEqual([p.officeName, ...inFile]);
    // The 防激化 pairs are on the page, and they are the 统计表's 合计.
    const total = p.mediation.rows.find((r) => r.isTotal)!.values;
    expect(row!.slice(6)).toEqual(
      ['suicide', 'criminal', 'petition', 'fight'].flatMap((k) => [
        String(total[`prevent.${k}.cases`]),
        String(total[`prevent.${k}.persons`]),
      ]),
    );

    const major = p.screening.majorDisputes.length > 0 ? tableRows(html, '重大矛盾纠纷明细') : [];
    const header = rowNumber(ws, 1, '序号');
    // 当事人, 纠纷类型, 简要情况, 稳控措施, 责任人, 化解情况/进展 (columns D, F, G, J, L, M of the sheet).
    const inFileMajor = p.screening.majorDisputes.map((_d, i) =>
      ['D', 'F', 'G', 'J', 'L', 'M'].map((col) => cellText(ws.getCell(`${col}${header + 1 + i}`))),
    );
    expect(major).toEqual(inFileMajor);
  });

  it('工作情况: every line, its unit, figure and note', async () => {
    const { html, sheets } = await pageAndFile(period);
    const ws = sheets[2]!;
    const shown = tableRows(html, '工作情况').map((cells) => cells.slice(-4));
    const header = rowNumber(ws, 1, '类别');
    const inFile = shown.map((_r, i) => [2, 3, 4, 5].map((col) => cellText(ws.getCell(header + 1 + i, col))));
    expect(shown).toEqual(inFile);
    expect(ws.getCell(header + 1 + shown.length, 4).value).toBeNull();
  });
});
