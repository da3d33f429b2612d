// The one look of every Excel file the app writes (docs/spec/formats.md §2.2 and §10 item 6): 宋体; title 16 pt bold;
// headers 10 pt bold, centred, wrapped, thin borders; A4 landscape, fitted to the page width (or printed at a scale
// worked out from the column widths), page numbers in the footer. Sheet builders only call the helpers below, so the
// typography lives here.
//
// exceljs caches a style by the identity of the style object (a WeakMap), so every cell of a kind shares one object:
// that keeps a 10,000-row book fast. Never set cell.font / cell.numFmt … on a styled cell: those setters would
// mutate the shared object. Assign a whole style with put() instead.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { headerCells } from '../../../src-shared/reports';

export type Sheet = ExcelJS.Worksheet;
export type CellStyle = Partial<ExcelJS.Style>;
export type CellValue = string | number | null;

const FONT = '宋体';
const BODY_PT = 10;
/** The workbook's base font (xlsxParts.ts): column widths are counted in its digits. */
export const BASE_FONT = { name: FONT, size: BODY_PT } as const;
/** Height of one line of 10 pt 宋体 text, in points (Excel's default row is 13.5 pt). */
export const LINE_PT = 13.5;
/**
 * One character of a header written vertically, in points: more than a line of text, because LibreOffice's CJK
 * fonts stand taller than 宋体 (a 12-character header lost its top character at 13.5).
 */
const VERTICAL_CHAR_PT = 15;
/** Excel refuses rows taller than this (points). */
const MAX_ROW_PT = 409;

/** A4, in points. */
const A4 = { short: (210 / 25.4) * 72, long: (297 / 25.4) * 72 };
/** Page margins in inches (exceljs's unit), the same on every sheet. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 };

const line: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const border: Partial<ExcelJS.Borders> = { top: line, left: line, bottom: line, right: line };
const centre: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
const left: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };
const body = { name: FONT, size: BODY_PT };
const bold = { name: FONT, size: BODY_PT, bold: true };

export const styles = {
  title: { font: { name: FONT, size: 16, bold: true }, alignment: centre },
  /** 填报单位 … on row 2: no border, like the caption of a printed form. */
  info: { font: body, alignment: { horizontal: 'left', vertical: 'middle' } },
  section: { font: { name: FONT, size: 12, bold: true }, alignment: { horizontal: 'left', vertical: 'middle' } },
  header: { font: bold, alignment: centre, border },
  /** A header in a narrow column, one character under the other (docs/spec/formats.md §4.3: C5 竖排 to save width). */
  headerVertical: { font: bold, alignment: { ...centre, textRotation: 'vertical' }, border },
  unit: { font: body, alignment: centre, border },
  label: { font: body, alignment: left, border },
  labelTotal: { font: bold, alignment: left, border },
  text: { font: body, alignment: left, border },
  textCentre: { font: body, alignment: centre, border },
  int: { font: body, alignment: centre, border, numFmt: '0' },
  intTotal: { font: bold, alignment: centre, border, numFmt: '0' },
  wan: { font: body, alignment: centre, border, numFmt: '0.00' },
  wanTotal: { font: bold, alignment: centre, border, numFmt: '0.00' },
  /** Money in 元 in register books. */
  yuan: { font: body, alignment: { horizontal: 'right', vertical: 'middle' }, border, numFmt: '0.00' },
  emphasis: { font: bold, alignment: centre, border },
  note: { font: body, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } },
} satisfies Record<string, CellStyle>;

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '司法所电子台账';
  // A fixed date keeps identical data producing identical files (the docProps timestamp is the only varying part).
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  return wb;
}

/**
 * A workbook written row by row: each committed row leaves memory. For the register books, where a county's year of
 * cases is tens of thousands of rows and the whole-workbook model of exceljs took over a gigabyte (npm run bench).
 * Columns and their widths must be set before the first row is committed; `finish()` commits and returns the file.
 */
export function newStreamingWorkbook(): { wb: ExcelJS.stream.xlsx.WorkbookWriter; finish: () => Promise<Buffer> } {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 1 } },
  });
  wb.creator = '司法所电子台账';
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  return {
    wb,
    finish: async () => {
      await wb.commit();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  // The fastest deflate level: a 10,000-row book is written about 15% sooner, for a somewhat larger file.
  const data = await wb.xlsx.writeBuffer({
    zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } },
  } as ExcelJS.XlsxWriteOptions);
  return Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer);
}

export function put(ws: Sheet, row: number, col: number, value: CellValue, style: CellStyle): void {
  const cell = ws.getCell(row, col);
  cell.value = value;
  cell.style = style;
}

/** A merged range: the top-left cell's value and style, copied by exceljs to every cell, so borders go all round. */
export function putMerged(
  ws: Sheet,
  top: number,
  leftCol: number,
  bottom: number,
  right: number,
  value: CellValue,
  style: CellStyle,
): void {
  put(ws, top, leftCol, value, style);
  if (bottom > top || right > leftCol) {
    for (let r = top; r <= bottom; r++)
      for (let c = leftCol; c <= right; c++) if (r !== top || c !== leftCol) put(ws, r, c, null, style);
    ws.mergeCells(top, leftCol, bottom, right);
  }
}

// ---------------------------------------------------------------- Chinese text widths

/** Display width in Excel column units: a CJK or full-width character is about two, anything else one. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1;
  return width;
}

/**
 * Lines a wrapped cell needs at a column width. One unit is left for the cell's padding, and a CJK character never
 * splits, so the estimate errs on the side of one line too many (a little white space) rather than cut-off text.
 */
export function linesFor(text: string, width: number): number {
  const usable = Math.max(2, width - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let current = 0;
    let count = 1;
    for (const ch of paragraph) {
      const w = textWidth(ch);
      if (current + w > usable) {
        count++;
        current = 0;
      }
      current += w;
    }
    lines += count;
  }
  return lines;
}

/** Row height (points) for this many lines of body text, within Excel's limit. */
export function heightFor(lines: number): number {
  return Math.min(MAX_ROW_PT, Math.max(1, lines) * LINE_PT + 4);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

// ---------------------------------------------------------------- printed size

/**
 * A column's printed width in points at 100 %, as the wider of the two readers draws it. Widths are counted in digits
 * of the base font (宋体 10, xlsxParts.ts): Excel draws about 7 pixels a unit, LibreOffice 7.6 (measured in its PDF: a
 * width of 3.5 came out 17.6 points wide at 90 %). Working with the wider keeps a page from overflowing in either.
 */
export function columnPoints(width: number): number {
  return width * 7.6 * 0.75;
}

/** The width inside the margins of an A4 page, in points. */
export function printableWidth(orientation: 'landscape' | 'portrait'): number {
  return (orientation === 'landscape' ? A4.long : A4.short) - (MARGINS.left + MARGINS.right) * 72;
}

/** The largest whole percentage (at most 100) at which columns this wide fit across the page, with 2 % to spare. */
export function scaleToFit(widths: readonly number[], orientation: 'landscape' | 'portrait'): number {
  const points = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  return Math.min(100, Math.floor((printableWidth(orientation) * 98) / points));
}

// ---------------------------------------------------------------- rows shared by the sheets

/** Row `row`: the title, merged over the sheet's width. */
export function titleRow(ws: Sheet, row: number, text: string, lastCol: number): void {
  putMerged(ws, row, 1, row, lastCol, text, styles.title);
  ws.getRow(row).height = 30;
}

/**
 * 填报单位、统计时段、填报人、填报日期 under the title: each item in its own merged cell, the width shared out in
 * proportion to the text. On a sheet too narrow for all on one row, they go two to a row, then one to a row, so that
 * none is cut off. `widths` are those of the columns from `firstCol` on that the items may take. Returns the rows used.
 */
export function infoRows(
  ws: Sheet,
  row: number,
  items: readonly string[],
  widths: readonly number[],
  firstCol = 1,
): number {
  for (const perRow of [items.length, Math.ceil(items.length / 2), 1]) {
    const lines = Array.from({ length: Math.ceil(items.length / perRow) }, (_, i) =>
      items.slice(i * perRow, (i + 1) * perRow),
    );
    const layouts = lines.map((line) => infoSpans(line, widths));
    if (perRow > 1 && layouts.some((spans) => spans === null)) continue;
    lines.forEach((line, i) => {
      const spans = layouts[i];
      const at = (offset: number) => firstCol + offset;
      if (spans) spans.forEach(([a, b], j) => putMerged(ws, row + i, at(a), row + i, at(b), line[j]!, styles.info));
      else putMerged(ws, row + i, at(0), row + i, at(widths.length - 1), line.join('　　'), styles.info);
      ws.getRow(row + i).height = 20;
    });
    return lines.length;
  }
  return 0;
}

/** Column spans [first, last] (0-based) giving each item room for its text, or null when they cannot all fit. */
function infoSpans(items: readonly string[], widths: readonly number[]): [number, number][] | null {
  const needs = items.map((item) => textWidth(item) + 2);
  const total = widths.reduce((a, b) => a + b, 0);
  const needed = needs.reduce((a, b) => a + b, 0);
  const spans: [number, number][] = [];
  let col = 0;
  let wanted = 0;
  for (const [i, need] of needs.entries()) {
    wanted += need;
    const target = (total * wanted) / needed;
    const first = col;
    // At least one column; more while the item's share of the width reaches past a column's middle, but always
    // leaving one column for each item after it.
    col++;
    const lastAllowed = widths.length - (items.length - i);
    while (col <= lastAllowed && sumTo(widths, col) + widths[col]! / 2 <= target) col++;
    if (i === items.length - 1) col = widths.length;
    spans.push([first, col - 1]);
  }
  const fits = spans.every(([a, b], i) => sumTo(widths, b + 1) - sumTo(widths, a) >= needs[i]!);
  return fits ? spans : null;
}

const sumTo = (widths: readonly number[], end: number) => widths.slice(0, end).reduce((a, b) => a + b, 0);

/** Notes under a table: 注：1. … , each merged over columns firstCol–lastCol, tall enough for its wrapped text. */
export function noteRows(
  ws: Sheet,
  firstRow: number,
  notes: readonly string[],
  lastCol: number,
  tableWidth: number,
  firstCol = 1,
): number {
  let row = firstRow;
  notes.forEach((note, i) => {
    const text = `${i === 0 ? '注：' : '　　'}${i + 1}. ${note}`;
    putMerged(ws, row, firstCol, row, lastCol, text, styles.note);
    ws.getRow(row).height = heightFor(linesFor(text, tableWidth));
    row++;
  });
  return row;
}

export interface HeaderColumn {
  /** From the top header row down; shorter paths are merged down to the last header row. */
  header: readonly string[];
  /** Its own (leaf) header is written one character under the other: a narrow column. */
  vertical?: boolean;
}

/**
 * A multi-level merged header (docs/spec/formats.md §4.3 合并规则) from each column's path: neighbours sharing a
 * prefix share one cell across; a path that ends early is merged down to the last header row; neighbours with the
 * same whole path (the 件/人 pairs) are one cell across both. Rows are made tall enough for the wrapped labels.
 * Returns the rows used.
 */
export function headerBlock(
  ws: Sheet,
  top: number,
  firstCol: number,
  columns: readonly HeaderColumn[],
  widths: readonly number[],
): number {
  const { depth, cells } = headerCells(columns);
  const lines = new Array<number>(depth).fill(1);
  const spanning: { from: number; to: number; lines: number }[] = [];
  for (const cell of cells) {
    const bottom = cell.leaf ? top + depth - 1 : top + cell.level;
    const vertical = cell.leaf && columns.slice(cell.from, cell.to + 1).every((c) => c.vertical);
    const style = vertical ? styles.headerVertical : styles.header;
    putMerged(ws, top + cell.level, firstCol + cell.from, bottom, firstCol + cell.to, cell.text, style);
    const width = widths.slice(cell.from, cell.to + 1).reduce((s, w) => s + w, 0);
    const needed = vertical
      ? Math.ceil(([...cell.text].length * VERTICAL_CHAR_PT) / LINE_PT)
      : linesFor(cell.text, width);
    if (bottom === top + cell.level) lines[cell.level] = Math.max(lines[cell.level]!, needed);
    else spanning.push({ from: cell.level, to: depth - 1, lines: needed });
  }
  // A cell merged down several rows may need more than those rows give it: the last row grows.
  for (const s of spanning) {
    const have = lines.slice(s.from, s.to + 1).reduce((a, b) => a + b, 0);
    if (have < s.lines) lines[s.to] = lines[s.to]! + s.lines - have;
  }
  lines.forEach((count, level) => (ws.getRow(top + level).height = heightFor(count)));
  return depth;
}

export interface PrintOptions {
  /** Landscape unless a sheet is a narrow list. */
  orientation?: 'landscape' | 'portrait';
  /** Rows repeated at the top of every printed page, e.g. '1:6'. */
  titleRows?: string;
  /** Frozen panes: columns left of and rows above the scrolling part. */
  freeze?: { columns: number; rows: number };
  /**
   * Printed at this scale (percent) over pages side by side, these columns (e.g. 'A:A') repeated on each, the pages of
   * the same rows in turn; instead of fitted to one page's width.
   */
  sideBySide?: { scale: number; titleColumns: string };
}

/**
 * A4 landscape (or portrait), one page wide and as many pages tall as it takes (or at a set scale), centred,
 * 第 N 页 共 M 页 in the footer.
 */
export function printSettings(
  options: PrintOptions = {},
): Pick<ExcelJS.Worksheet, 'pageSetup' | 'headerFooter' | 'views'> {
  return {
    pageSetup: {
      paperSize: 9,
      orientation: options.orientation ?? 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { ...MARGINS },
      ...(options.titleRows ? { printTitlesRow: options.titleRows } : {}),
      ...(options.sideBySide
        ? {
            fitToPage: false,
            scale: options.sideBySide.scale,
            pageOrder: 'overThenDown',
            printTitlesColumn: options.sideBySide.titleColumns,
          }
        : {}),
    },
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页' },
    views: options.freeze ? [{ state: 'frozen', xSplit: options.freeze.columns, ySplit: options.freeze.rows }] : [],
  };
}

/**
 * A sheet of a streaming workbook with printSettings. exceljs's streaming writer drops <printOptions> (the page
 * centring) although it writes the rest of the page setup, so the element is written just before <pageMargins>, where
 * the schema wants it; tests/unit/reports.books.test.ts reads it back from the file.
 */
export function addStreamedSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, options: PrintOptions): Sheet {
  const ws = wb.addWorksheet(name, printSettings(options));
  const writer = ws as unknown as { _writePageMargins: () => void; stream: { write: (xml: string) => void } };
  const writeMargins = writer._writePageMargins.bind(writer);
  writer._writePageMargins = () => {
    writer.stream.write('<printOptions horizontalCentered="1"/>');
    writeMargins();
  };
  return ws;
}

/** printSettings on a sheet of a whole workbook (a streamed sheet takes them when it is added). */
export function printSetup(ws: Sheet, options: PrintOptions = {}): void {
  const settings = printSettings(options);
  ws.pageSetup = settings.pageSetup;
  ws.headerFooter = settings.headerFooter;
  if (options.freeze) ws.views = settings.views;
}
