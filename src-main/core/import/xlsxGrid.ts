import ExcelJS from 'exceljs';
import { UserError } from '../errors';
import { cellText } from './cellText';
import type { CellProblem, MergedRange, SheetGrid } from './grid';
import { LIMITS } from './grid';
import { checkCellLength, refuseEmpty, refuseTooManyColumns, refuseTooManyRows } from './limitsCheck';
import { checkUnpackedSize } from './zipCheck';

/** Merges taller than this (a whole-column note) are checked on every row; shorter ones only on their own rows. */
const TALL_MERGE_ROWS = 50;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parseRange(range: string): MergedRange | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range);
  if (!m) return null;
  return { top: Number(m[2]) - 1, left: columnIndex(m[1]!), bottom: Number(m[4]) - 1, right: columnIndex(m[3]!) };
}

/** Cells hidden under a merge (all but its top-left), looked up per row so a sheet of many merges stays linear. */
function coveredCells(merges: readonly MergedRange[]): (r: number, c: number) => boolean {
  const byRow = new Map<number, MergedRange[]>();
  const tall: MergedRange[] = [];
  for (const m of merges) {
    if (m.bottom - m.top > TALL_MERGE_ROWS) tall.push(m);
    else for (let r = m.top; r <= m.bottom; r++) byRow.set(r, [...(byRow.get(r) ?? []), m]);
  }
  const covers = (m: MergedRange, r: number, c: number) =>
    r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left);
  return (r, c) => (byRow.get(r) ?? []).some((m) => covers(m, r, c)) || tall.some((m) => covers(m, r, c));
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  checkUnpackedSize(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new UserError('这个文件已损坏或不是 Excel 工作簿（.xlsx），无法读取');
  }
  return workbook;
}

/** The first sheet that has anything in it: offices keep one book per file, sometimes after an empty 说明 sheet. */
function firstFilledSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) refuseEmpty();
  return sheet;
}

export async function readXlsx(bytes: Uint8Array): Promise<SheetGrid> {
  const sheet = firstFilledSheet(await loadWorkbook(bytes));
  if (sheet.rowCount > LIMITS.rows) refuseTooManyRows();
  if (sheet.columnCount > LIMITS.columns) refuseTooManyColumns();
  const merges = sheet.model.merges.map(parseRange).filter((m): m is MergedRange => m !== null);
  const isCoveredCell = coveredCells(merges);
  const rows: string[][] = [];
  const problems: CellProblem[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    while (rows.length < r) rows.push([]);
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (c >= LIMITS.columns) refuseTooManyColumns();
      if (isCoveredCell(r, c)) return;
      const reading = cellText(cell.value);
      while (cells.length < c) cells.push('');
      if ('problem' in reading) {
        problems.push({ row: r, column: c, message: reading.problem });
        cells.push('');
      } else {
        checkCellLength(reading.text, r, c);
        cells.push(reading.text.trim());
      }
    });
    rows.push(cells.every((x) => x === '') ? [] : cells);
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  if (rows.length === 0) refuseEmpty();
  return { sheetName: sheet.name, rows, merges, problems };
}
