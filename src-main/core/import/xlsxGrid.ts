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

/** Sheets a clerk sees that hold anything: offices keep one book per file, sometimes after a 说明 sheet. */
function filledSheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter(
    (ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden' && ws.actualRowCount > 0,
  );
}

/** The named sheet, or the first filled one. */
export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<SheetGrid> {
  const sheets = filledSheets(await loadWorkbook(bytes));
  const sheet = sheetName === undefined ? sheets[0] : sheets.find((ws) => ws.name === sheetName);
  if (!sheet && sheetName !== undefined) throw new UserError(`工作簿里没有名为“${sheetName}”的工作表，或该表是空的`);
  if (!sheet) refuseEmpty();
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
  return { sheetName: sheet.name, sheetNames: sheets.map((ws) => ws.name), rows, merges, problems };
}
