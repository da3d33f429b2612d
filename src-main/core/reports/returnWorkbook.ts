// The 月报 workbook (docs/spec/formats.md §9.3): 人民调解工作情况统计表 laid out as §4.3 says, 矛盾纠纷排查调处情况月报表 and
// 工作情况, all from a ReturnPreview, so the file says exactly what the clerk saw on screen.
import {
  periodLastDay,
  periodMonthCount,
  type ReturnMeta,
  type ReturnPreview,
  type StatUnit,
} from '../../../src-shared/reports';
import { dateCn } from '../documents/data';
import {
  clamp,
  columnWidths,
  headerBlock,
  heightFor,
  infoRow,
  linesFor,
  newWorkbook,
  noteRows,
  printSetup,
  put,
  putMerged,
  styles,
  textWidth,
  titleRow,
  toBuffer,
  type CellStyle,
  type Sheet,
} from './sheetStyle';

export const SHEET_NAMES = ['人民调解工作情况统计表', '矛盾纠纷排查调处情况月报表', '工作情况'] as const;

export async function buildReturnWorkbook(preview: ReturnPreview, meta: ReturnMeta): Promise<Buffer> {
  const wb = newWorkbook();
  const info = [
    `填报单位：${preview.officeName}`,
    `统计时段：${dateCn(preview.range.from)}至${dateCn(periodLastDay(preview.period))}`,
    `填报人：${meta.reporter}`,
    `填报日期：${dateCn(meta.reportDate)}`,
  ];
  statisticsSheet(wb.addWorksheet(SHEET_NAMES[0]), preview, info);
  screeningSheet(wb.addWorksheet(SHEET_NAMES[1]), preview, info);
  workSheet(wb.addWorksheet(SHEET_NAMES[2]), preview, info);
  return toBuffer(wb);
}

// ---------------------------------------------------------------- a statistical table

interface TableColumn {
  key: string;
  header: readonly string[];
  unit: StatUnit;
}

interface TableRow {
  label: string;
  isTotal: boolean;
  values: Record<string, number | null>;
}

/**
 * 项目 column, merged header, 单位 row, data rows (docs/spec/formats.md §4.3 rows 3 onwards); the layout both statistical
 * sheets share. Returns the row after the table and its total width in column units.
 */
function statTable(
  ws: Sheet,
  top: number,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  minWidth: number,
): { next: number; width: number } {
  // Narrow columns keep 50 columns on one landscape page; a column widens only for a long number. The halves of a
  // 件/人 pair share a header two columns wide, so each can be narrower still.
  const sameHeader = (a: TableColumn | undefined, b: TableColumn | undefined) =>
    !!a && !!b && a.header.join() === b.header.join();
  const widths = columns.map((c, i) => {
    const longest = Math.max(0, ...rows.map((r) => formatted(r.values[c.key], c.unit).length));
    const paired = sameHeader(c, columns[i - 1]) || sameHeader(c, columns[i + 1]);
    return clamp(longest + 2, c.unit === '万元' ? 7 : paired ? minWidth - 1 : minWidth, 14);
  });
  // A long committee name wraps onto a second line rather than widening the page.
  const labelWidth = clamp(Math.max(...rows.map((r) => textWidth(r.label)), 8) + 2, 12, 24);
  ws.getColumn(1).width = labelWidth;
  widths.forEach((w, i) => (ws.getColumn(2 + i).width = w));

  const depth = headerBlock(ws, top, 2, columns, widths);
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
  return { next: unitsRow + 1 + rows.length, width: labelWidth + widths.reduce((s, w) => s + w, 0) };
}

const formatted = (value: number | null | undefined, unit: StatUnit) =>
  value === null || value === undefined ? '' : unit === '万元' ? value.toFixed(2) : String(value);

// ---------------------------------------------------------------- sheet 1: §4.3

function statisticsSheet(ws: Sheet, preview: ReturnPreview, info: readonly string[]): void {
  const { columns, rows, notes } = preview.mediation;
  const lastCol = 1 + columns.length;
  const table = statTable(
    ws,
    3,
    columns,
    rows.map((r) => ({ label: r.unit, isTotal: r.isTotal, values: r.values })),
    5,
  );
  titleRow(ws, 1, `${preview.officeName}人民调解工作情况统计表（${preview.label}）`, lastCol);
  infoRow(ws, 2, info, columnWidths(ws, lastCol));
  noteRows(ws, table.next + 1, notes, lastCol, table.width);
  printSetup(ws, { titleRows: '1:6', freeze: { columns: 1, rows: 6 } });
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
  const columns: TableColumn[] = [
    { key: 'outings', header: ['排查次数'], unit: '次' },
    { key: 'found', header: ['排查发现纠纷'], unit: '件' },
    { key: 'prevented', header: ['预防纠纷'], unit: '件' },
    { key: 'handled', header: ['调处'], unit: '件' },
    { key: 'handledSuccess', header: ['调处成功'], unit: '件' },
    ...s.escalation.flatMap((e): TableColumn[] => [
      { key: `${e.key}.cases`, header: [e.label], unit: '件' },
      { key: `${e.key}.persons`, header: [e.label], unit: '人' },
    ]),
  ];
  const values: Record<string, number> = {
    outings: s.outings,
    found: s.found,
    prevented: s.prevented,
    handled: s.handled,
    handledSuccess: s.handledSuccess,
  };
  for (const e of s.escalation) {
    values[`${e.key}.cases`] = e.cases;
    values[`${e.key}.persons`] = e.persons;
  }
  const lastCol = 1 + columns.length;
  const table = statTable(ws, 3, columns, [{ label: preview.officeName, isTotal: false, values }], 9);
  const widths = columnWidths(ws, lastCol);
  titleRow(ws, 1, `${preview.officeName}矛盾纠纷排查调处情况月报表（${preview.label}）`, lastCol);
  infoRow(ws, 2, info, widths);

  let row = table.next;
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
  printSetup(ws, { titleRows: '1:5' });
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

interface WorkLine {
  item: string;
  unit: string;
  value: number;
  note?: string;
}

function workSheet(ws: Sheet, preview: ReturnPreview, info: readonly string[]): void {
  const w = preview.work;
  const months = periodMonthCount(preview.period);
  const sections: [string, WorkLine[]][] = [
    [
      '来信来访',
      [
        { item: '来信来访', unit: '件次', value: w.petitions.count },
        { item: '来信来访', unit: '人次', value: w.petitions.persons },
        ...w.petitions.byHandling.map((h) => ({
          item: `其中：${h.label}`,
          unit: '件次',
          value: h.count,
          note: h.count > 0 ? `${h.persons}人次` : undefined,
        })),
      ],
    ],
    [
      '法制宣传',
      [
        { item: '宣传活动', unit: '次', value: w.publicity.count },
        { item: '受众人数', unit: '人', value: w.publicity.audience },
        { item: '发放资料', unit: '份', value: w.publicity.materials },
      ],
    ],
    [
      '学习会议',
      [
        { item: '学习、会议', unit: '次', value: w.meetings.count },
        ...w.meetings.byType.map((t) => ({ item: `其中：${t.label}`, unit: '次', value: t.count })),
      ],
    ],
    [
      '法律援助',
      [
        { item: '接待', unit: '件', value: w.legalAid.received },
        { item: '转交法律援助中心', unit: '件', value: w.legalAid.transferred },
      ],
    ],
    [
      '典型案例',
      [
        { item: '登记典型案例', unit: '篇', value: w.typicalCases.count },
        {
          item: '应报篇数',
          unit: '篇',
          value: w.typicalCases.quota,
          note: `每月${w.typicalCases.quota / months}篇 × ${months}个月`,
        },
        {
          item: '差额',
          unit: '篇',
          value: w.typicalCases.shortfall,
          note: w.typicalCases.shortfall === 0 ? '已完成' : '未完成',
        },
      ],
    ],
    [
      '社区矫正',
      [
        { item: '期末在册', unit: '人', value: w.correction.enrolled },
        ...w.correction.byCategory.map((c) => ({ item: `其中：${c.label}`, unit: '人', value: c.count })),
        { item: '本期入矫', unit: '人', value: w.correction.admitted },
        { item: '本期解矫', unit: '人', value: w.correction.released },
        { item: '实地查访', unit: '次', value: w.correction.fieldVisits },
      ],
    ],
  ];
  const widths = [12, 26, 8, 10, 24];
  widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  const lastCol = widths.length;
  titleRow(ws, 1, `${preview.officeName}工作情况（${preview.label}）`, lastCol);
  infoRow(ws, 2, info, widths);
  ['类别', '项目', '单位', '数量', '说明'].forEach((h, i) => put(ws, 3, i + 1, h, styles.header));
  ws.getRow(3).height = heightFor(1);
  let row = 4;
  for (const [section, lines] of sections) {
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
  printSetup(ws, { orientation: 'portrait', titleRows: '1:3', freeze: { columns: 0, rows: 3 } });
}
