import type { SheetGrid } from './grid';
import { isBlankRow, mergedText } from './grid';

/** One column of the table under its header: a two-level header's label is 上级/下级. */
export interface HeaderColumn {
  readonly column: number;
  readonly label: string;
  /** The upper row's text when the header has two levels and the column sits under a group title. */
  readonly group: string | null;
  /** The label without its group: 姓名 under 来访人. */
  readonly own: string;
}

export interface SkippedRow {
  readonly row: number;
  readonly reason: '空行' | '合计行' | '落款行';
}

/** Where the table sits in the grid; row numbers are grid indices (sheet row − 1). */
export interface TableLayout {
  readonly titleRows: readonly number[];
  readonly headerRows: readonly number[];
  readonly columns: readonly HeaderColumn[];
  readonly dataRows: readonly number[];
  /** 合计/小计 rows, 填表人/审核人 lines and blank lines after or among the data. */
  readonly footerRows: readonly SkippedRow[];
  /** The year the title names (东河镇…登记簿（2025年）, 2025年度): what 3月5日 is read in. */
  readonly year: number | null;
}

const TOTAL = /^(合\s*计|总\s*计|小\s*计|累\s*计)/;
const SIGNATURE =
  /^(填表人|制表人|审核人|填报人|负责人|统计人|填表日期|制表日期|填报日期|单位负责人|注[:：]|说明[:：])/;
const SCAN_ROWS = 30;

const filledCount = (row: readonly string[] | undefined) => (row ?? []).filter((c) => c.trim() !== '').length;

function footerReason(row: readonly string[] | undefined): SkippedRow['reason'] | null {
  if (isBlankRow(row)) return '空行';
  const cells = (row ?? []).map((c) => c.trim()).filter(Boolean);
  if (cells.some((c) => TOTAL.test(c))) return '合计行';
  if (SIGNATURE.test(cells[0] ?? '')) return '落款行';
  // What 导出登记簿 writes under the header of an empty book.
  if (cells.length === 1 && cells[0] === '（本时段没有登记记录）') return '空行';
  // A printed book's spare lines: numbered in 序号, nothing else written.
  if (cells.length === 1 && /^\d+$/.test(cells[0]!) && /^\d+$/.test((row ?? [])[0]?.trim() ?? '')) return '空行';
  return null;
}

/** The year of a title: （2025年）, 2025年度, 2025年1月至12月. */
export function yearOfTitle(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * The header starts at the first row filled across at least half the table's width (a title or 单位：… line fills
 * one or two cells). It has a second level when a cell of its first row is merged down into the next, or across
 * several columns over it (a group title such as 来访人 over 姓名/身份证号).
 */
function guessHeader(grid: SheetGrid): { start: number; end: number } {
  const scan = grid.rows.slice(0, SCAN_ROWS);
  const width = Math.max(...scan.map(filledCount), 0);
  const threshold = Math.max(2, Math.ceil(width / 2));
  let start = scan.findIndex((row) => filledCount(row) >= threshold);
  if (start < 0) start = 0;
  const twoLevel = grid.merges.some(
    (m) => m.top === start && ((m.bottom > start && m.bottom <= start + 1) || (m.bottom === start && m.right > m.left)),
  );
  return { start, end: twoLevel ? start + 1 : start };
}

function headerColumns(grid: SheetGrid, start: number, end: number): HeaderColumn[] {
  const width = Math.max(...grid.rows.slice(start).map((r) => r.length), 0);
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = start; r <= end; r++) {
      const text = mergedText(grid, r, c).replace(/\s+/g, '');
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    if (parts.length === 0) continue;
    const own = parts[parts.length - 1]!;
    columns.push({
      column: c,
      label: parts.join('/'),
      group: parts.length > 1 ? parts.slice(0, -1).join('/') : null,
      own,
    });
  }
  return columns;
}

/** The table with its header where the clerk says it is (grid indices, inclusive). */
export function tableAt(grid: SheetGrid, headerStart: number, headerEnd: number): TableLayout {
  const titleRows: number[] = [];
  for (let r = 0; r < headerStart; r++) if (!isBlankRow(grid.rows[r])) titleRows.push(r);
  const dataRows: number[] = [];
  const footerRows: SkippedRow[] = [];
  let ended = false;
  for (let r = headerEnd + 1; r < grid.rows.length; r++) {
    const reason = footerReason(grid.rows[r]);
    if (reason && reason !== '空行') ended = true;
    if (reason || ended) footerRows.push({ row: r, reason: reason ?? '落款行' });
    else dataRows.push(r);
  }
  const titleText = titleRows.map((r) => grid.rows[r]!.join(' ')).join(' ');
  return {
    titleRows,
    headerRows: Array.from({ length: headerEnd - headerStart + 1 }, (_, i) => headerStart + i),
    columns: headerColumns(grid, headerStart, headerEnd),
    dataRows,
    footerRows,
    year: yearOfTitle(titleText),
  };
}

/** The table as the sheet most likely lays it out; the clerk corrects the header rows with tableAt. */
export function findTable(grid: SheetGrid): TableLayout {
  const { start, end } = guessHeader(grid);
  return tableAt(grid, start, end);
}
