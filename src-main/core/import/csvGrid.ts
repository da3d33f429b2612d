import { UserError } from '../errors';
import type { SheetGrid } from './grid';
import { LIMITS } from './grid';
import { checkCellLength, refuseEmpty, refuseTooManyColumns, refuseTooManyRows } from './limitsCheck';
import { decodeText } from './textEncoding';

/** Excel saves CSV with commas, but a “文本文件(制表符分隔)” export uses tabs: the first line tells which. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const tabs = firstLine.split('\t').length;
  const commas = firstLine.split(',').length;
  return tabs > commas ? '\t' : ',';
}

/** RFC 4180 with Excel's habits: quoted cells may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const delimiter = delimiterOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    checkCellLength(cell, rows.length, row.length);
    row.push(cell);
    if (row.length > LIMITS.columns) refuseTooManyColumns();
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row.every((c) => c === '') ? [] : row);
    if (rows.length > LIMITS.rows) refuseTooManyRows();
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
      if (cell.length > LIMITS.cellChars) checkCellLength(cell, rows.length, row.length);
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) endCell();
    else if (ch === '\n') endRow();
    else if (ch === '\r') {
      if (text[i + 1] !== '\n') endRow();
    } else {
      cell += ch;
      if (cell.length > LIMITS.cellChars) checkCellLength(cell, rows.length, row.length);
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

/** A CSV file as a grid: no merges, no formulas. */
export function readCsv(bytes: Uint8Array, sheetName: string): SheetGrid {
  const { text } = decodeText(bytes);
  if (text.includes('\u0000')) throw new UserError('这个文件不是表格文件（含有二进制内容），请选择 .xlsx 或 .csv 文件');
  const rows = parseCsv(text).map((r) => r.map((c) => c.trim()));
  if (rows.length === 0) refuseEmpty();
  return { sheetName, sheetNames: [sheetName], rows, merges: [], problems: [] };
}
