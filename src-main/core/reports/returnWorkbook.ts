// The 月报 workbook (docs/spec/formats.md §9.3): 人民调解工作情况统计表 laid out as §4.3 says, 矛盾纠纷排查调处情况月报表
// (季报表, 年报表) and 工作情况, all from a ReturnPreview and the same sheet contents the preview shows
// (src-shared/returnSheets.ts), so the file says exactly what the clerk saw on screen.
//
// Printing the 统计表 legibly on A4. Its 50 columns on one landscape page printed at about 42 % (4-point figures).
// It is printed instead as its two halves, 调解情况 (§4.3 items 1–10) on one landscape page and 排查预防纠纷 (items
// 11–16) on the next, with the 项目 column repeated (print titles) and a manual column break between them; the
// 调解情况 columns are narrow with their headers written vertically, as C5's table does (§4.3), and the sheet prints
// at the scale that fits the wider half (about 85–90 %: 10-point figures print at 8.5–9 points). A3 was the other
// way; it was not chosen because a 司法所's printer takes A4, and the return is filed with A4 papers.
import {
  periodLastDay,
  type ReturnMeta,
  type ReturnPreview,
  type StatColumn,
  type StatUnit,
} from '../../../src-shared/reports';
import { returnSheetNames, screeningTable, sheetTitle, workSections } from '../../../src-shared/returnSheets';
import { dateCn } from '../documents/data';
import {
  BASE_FONT,
  clamp,
  headerBlock,
  heightFor,
  infoRows,
  linesFor,
  newWorkbook,
  noteRows,
  printSetup,
  put,
  putMerged,
  scaleToFit,
  styles,
  textWidth,
  titleRow,
  toBuffer,
  type CellStyle,
  type Sheet,
} from './sheetStyle';
import { withAdditions } from './xlsxParts';

export async function buildReturnWorkbook(preview: ReturnPreview, meta: ReturnMeta): Promise<Buffer> {
  const wb = newWorkbook();
  const info = [
    `填报单位：${preview.officeName}`,
    `统计时段：${dateCn(preview.range.from)}至${dateCn(periodLastDay(preview.period))}`,
    `填报人：${meta.reporter}`,
    `填报日期：${dateCn(meta.reportDate)}`,
  ];
  const names = returnSheetNames(preview.period);
  const breakAfter = statisticsSheet(wb.addWorksheet(names[0]), preview, info);
  screeningSheet(wb.addWorksheet(names[1]), preview, info);
  workSheet(wb.addWorksheet(names[2]), preview, info);
  return withAdditions(await toBuffer(wb), {
    columnBreaks: [{ sheet: 1, after: [breakAfter] }],
    baseFont: BASE_FONT,
  });
}

// ---------------------------------------------------------------- a statistical table

interface TableColumn {
  key: string;
  header: readonly string[];
  unit: StatUnit;
  width: number;
  vertical?: boolean;
}

interface TableRow {
  label: string;
  isTotal: boolean;
  values: Record<string, number | null>;
}

/** Sets the widths of the 项目 column and the table's columns after it. */
function setWidths(ws: Sheet, labelWidth: number, columns: readonly TableColumn[]): number[] {
  ws.getColumn(1).width = labelWidth;
  columns.forEach((c, i) => (ws.getColumn(2 + i).width = c.width));
  return [labelWidth, ...columns.map((c) => c.width)];
}

/**
 * 项目 column, merged header, 单位 row, data rows (docs/spec/formats.md §4.3 rows 3 onwards), on columns whose widths
 * are set; the layout both statistical sheets share. Returns the 单位 row and the row after the table.
 */
function statTable(
  ws: Sheet,
  top: number,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  labelWidth: number,
): { unitsRow: number; next: number } {
  const depth = headerBlock(
    ws,
    top,
    2,
    columns,
    columns.map((c) => c.width),
  );
  putMerged(ws, top, 1, top + depth - 1, 1, '项目', styles.header);
  const unitsRow = top + depth;
  put(ws, unitsRow, 1, '单位', styles.unit);
  columns.forEach((c, i) => put(ws, unitsRow, 2 + i, c.unit, styles.unit));
  ws.getRow(unitsRow).height = heightFor(1);

  rows.forEach((row, r) => {
    const at = unitsRow + 1 + r;
    put(ws, at, 1, row.label, row.isTotal ? styles.labelTotal : styles.label);
    columns.forEach((c, i) => {
      const style =
        c.unit === '万元' ? (row.isTotal ? styles.wanTotal : styles.wan) : row.isTotal ? styles.intTotal : styles.int;
      put(ws, at, 2 + i, row.values[c.key] ?? null, style);
    });
    ws.getRow(at).height = heightFor(linesFor(row.label, labelWidth));
  });
  return { unitsRow, next: unitsRow + 1 + rows.length };
}

const formatted = (value: number | null | undefined, unit: StatUnit) =>
  value === null || value === undefined ? '' : unit === '万元' ? value.toFixed(2) : String(value);

/** The characters of a column's longest figure. */
const longest = (column: StatColumn, rows: readonly TableRow[]) =>
  Math.max(0, ...rows.map((r) => formatted(r.values[column.key], column.unit).length));

/**
 * The 项目 column: a committee's name on one line up to ten characters (新桥村人民调解委员会); a longer one wraps.
 * One line a committee keeps the rows short, so more of them share a page under the tall header.
 */
const labelWidthFor = (rows: readonly TableRow[]) =>
  clamp(Math.max(...rows.map((r) => textWidth(r.label)), 8) + 1, 10, 21);

/** Whether two neighbours are one 件/人 pair (the same header over both). */
const sameHeader = (a: StatColumn | undefined, b: StatColumn | undefined) =>
  !!a && !!b && a.header.join() === b.header.join();

// ---------------------------------------------------------------- sheet 1: §4.3

/**
 * A narrow 调解情况 column: two digits of 10-point 宋体 and their padding, one vertical header character (17 to 18
 * points). A longer figure takes a unit a digit and 0.7 for the padding (three digits: 19 to 21 points), so that no
 * reader shows ### for a figure that does not fit.
 */
const NARROW = 3.2;
/**
 * A header longer than this is not written vertically: it would make the header row the height of half a page.
 * Its column is made two characters wide instead (社会团体和其他组织调委会 on six lines).
 */
const VERTICAL_MAX = 8;
const TWO_CHARACTERS = 5;

/** Lays out the 统计表 and returns the last column of its first printed page (the 调解情况 half). */
function statisticsSheet(ws: Sheet, preview: ReturnPreview, info: readonly string[]): number {
  const { columns, rows, notes } = preview.mediation;
  const tableRows = rows.map((r) => ({ label: r.unit, isTotal: r.isTotal, values: r.values }));
  const firstGroup = columns[0]?.header[0];
  const half = columns.filter((c) => c.header[0] === firstGroup).length;
  const laidOut: TableColumn[] = columns.map((c, i) => {
    const digits = longest(c, tableRows);
    if (i < half) {
      const vertical = [...(c.header.at(-1) ?? '')].length <= VERTICAL_MAX;
      const least = c.unit === '万元' ? 6 : vertical ? NARROW : TWO_CHARACTERS;
      return { ...c, vertical, width: Math.max(least, digits + 0.7) };
    }
    // The 排查预防纠纷 half has a page to itself: wide columns, headers written across.
    const paired = sameHeader(c, columns[i - 1]) || sameHeader(c, columns[i + 1]);
    return { ...c, width: clamp(digits + 2, paired ? 8 : 10, 14) };
  });
  const labelWidth = labelWidthFor(tableRows);
  const widths = setWidths(ws, labelWidth, laidOut);

  // Rows 1 and 2 and the notes are written once per printed page, never merged across the break (or into the
  // repeated 项目 column), so that no page shows a piece of a cell cut at the page's edge.
  const pages = [
    { first: 2, last: 1 + half, title: sheetTitle(preview, 0), info },
    { first: 2 + half, last: 1 + columns.length, title: `${sheetTitle(preview, 0)}续表`, info: info.slice(0, 2) },
  ].filter((p) => p.last >= p.first);
  let infoUsed = 1;
  for (const page of pages) {
    putMerged(ws, 1, page.first, 1, page.last, page.title, styles.title);
    infoUsed = Math.max(infoUsed, infoRows(ws, 2, page.info, widths.slice(page.first - 1, page.last), page.first));
  }
  ws.getRow(1).height = 30;
  const table = statTable(ws, 2 + infoUsed, laidOut, tableRows, labelWidth);
  const firstPage = widths.slice(1, 1 + half);
  noteRows(
    ws,
    table.next + 1,
    notes,
    1 + half,
    firstPage.reduce((a, b) => a + b, 0),
    2,
  );

  const scale = Math.min(
    ...pages.map((p) => scaleToFit([labelWidth, ...widths.slice(p.first - 1, p.last)], 'landscape')),
  );
  printSetup(ws, {
    titleRows: `1:${table.unitsRow}`,
    sideBySide: { scale, titleColumns: 'A:A' },
    freeze: { columns: 1, rows: table.unitsRow },
  });
  return 1 + half;
}

// ---------------------------------------------------------------- sheet 2: §9.3 item 2

type Major = ReturnPreview['screening']['majorDisputes'][number];

/** 重大纠纷明细 over the 14 columns of the figures table above it: header, columns spanned, value, alignment. */
const MAJOR_COLUMNS: readonly {
  header: string;
  span: number;
  value: (d: Major, i: number) => string;
  centre?: true;
}[] = [
  { header: '序号', span: 1, value: (_, i) => String(i + 1), centre: true },
  { header: '排查日期', span: 1, value: (d) => d.screeningDate, centre: true },
  { header: '排查范围', span: 1, value: (d) => d.scope },
  { header: '当事人', span: 2, value: (d) => d.parties },
  { header: '纠纷类型', span: 1, value: (d) => d.disputeType, centre: true },
  { header: '简要情况', span: 3, value: (d) => d.summary },
  { header: '稳控措施', span: 2, value: (d) => d.measures },
  { header: '责任人', span: 1, value: (d) => d.responsible },
  { header: '化解情况/进展', span: 2, value: (d) => d.progress },
];

function screeningSheet(ws: Sheet, preview: ReturnPreview, info: readonly string[]): void {
  const s = preview.screening;
  const table = screeningTable(preview);
  const tableRows = table.rows.map((r) => ({ label: r.unit, isTotal: r.isTotal, values: r.values }));
  const columns: TableColumn[] = table.columns.map((c, i) => {
    const paired = sameHeader(c, table.columns[i - 1]) || sameHeader(c, table.columns[i + 1]);
    // 11: a 排查日期 of the 明细 below (2026-03-12) stays on one line.
    return { ...c, width: clamp(longest(c, tableRows) + 2, paired ? 8 : 11, 14) };
  });
  const labelWidth = labelWidthFor(tableRows);
  const widths = setWidths(ws, labelWidth, columns);
  const lastCol = widths.length;
  titleRow(ws, 1, sheetTitle(preview, 1), lastCol);
  const { unitsRow, next } = statTable(ws, 2 + infoRows(ws, 2, info, widths), columns, tableRows, labelWidth);

  let row = next;
  if (s.zeroReport) {
    putMerged(ws, row, 1, row, lastCol, s.zeroReportText, styles.emphasis);
    ws.getRow(row).height = heightFor(1) + 6;
    row++;
  }
  row++;
  putMerged(ws, row, 1, row, lastCol, '重大矛盾纠纷明细', styles.section);
  ws.getRow(row).height = 22;
  row++;
  spannedRow(
    ws,
    row,
    MAJOR_COLUMNS.map((c) => ({ text: c.header, span: c.span, style: styles.header })),
    widths,
  );
  row++;
  if (s.majorDisputes.length === 0) {
    putMerged(ws, row, 1, row, lastCol, '无', styles.textCentre);
    ws.getRow(row).height = heightFor(1);
  }
  s.majorDisputes.forEach((d, i) => {
    spannedRow(
      ws,
      row + i,
      MAJOR_COLUMNS.map((c) => ({
        text: c.value(d, i),
        span: c.span,
        style: c.centre ? styles.textCentre : styles.text,
      })),
      widths,
    );
  });
  printSetup(ws, { titleRows: `1:${unitsRow}` });
}

/** One row of cells each spanning some columns, tall enough for the longest wrapped text. */
function spannedRow(
  ws: Sheet,
  row: number,
  cells: readonly { text: string; span: number; style: CellStyle }[],
  widths: readonly number[],
): void {
  let col = 1;
  let lines = 1;
  for (const cell of cells) {
    putMerged(ws, row, col, row, col + cell.span - 1, cell.text, cell.style);
    lines = Math.max(
      lines,
      linesFor(
        cell.text,
        widths.slice(col - 1, col - 1 + cell.span).reduce((a, b) => a + b, 0),
      ),
    );
    col += cell.span;
  }
  ws.getRow(row).height = heightFor(lines);
}

// ---------------------------------------------------------------- sheet 3: §9.3 item 3

function workSheet(ws: Sheet, preview: ReturnPreview, info: readonly string[]): void {
  const widths = [12, 26, 8, 10, 24];
  widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  const lastCol = widths.length;
  titleRow(ws, 1, sheetTitle(preview, 2), lastCol);
  // A portrait page is too narrow for the four 填报 items on one row: they take two, none cut off.
  const header = 2 + infoRows(ws, 2, info, widths);
  ['类别', '项目', '单位', '数量', '说明'].forEach((h, i) => put(ws, header, i + 1, h, styles.header));
  ws.getRow(header).height = heightFor(1);
  let row = header + 1;
  for (const { section, lines } of workSections(preview)) {
    putMerged(ws, row, 1, row + lines.length - 1, 1, section, styles.textCentre);
    lines.forEach((l, i) => {
      put(ws, row + i, 2, l.item, styles.label);
      put(ws, row + i, 3, l.unit, styles.textCentre);
      put(ws, row + i, 4, l.value, styles.int);
      put(ws, row + i, 5, l.note ?? null, styles.label);
      ws.getRow(row + i).height = heightFor(1);
    });
    row += lines.length;
  }
  // A narrow list: portrait keeps it on one page.
  printSetup(ws, { orientation: 'portrait', titleRows: `1:${header}`, freeze: { columns: 0, rows: header } });
}
