// The 月报 workbook read back twice — with exceljs and, independently, with python3's openpyxl — against the figures
// counted by hand (reportFixtures.ts): sheet names, every figure, the §4.3 merged header, print setup, frozen panes.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReturnPreview, buildReturnWorkbook, returnFileName } from '../../src-main/core/reports';
import type { ReportPeriod } from '../../src-shared/reports';
import type { Settings } from '../../src-shared/settings';
import { columnLetter, pyValue, readWithExceljs, readWithOpenpyxl, type PySheet } from '../support/xlsx';
import { LEAF_HEADERS_C, MARCH_ROWS_C, UNITS_C } from './reportFixtures';
import { useReportLedger } from './reportLedger';

const ledger = useReportLedger();

const MARCH: ReportPeriod = { kind: 'month', year: 2026, month: 3 };
const META = { reporter: '王晓红', reportDate: '2026-04-02' };

async function workbook(period: ReportPeriod, version: Settings['disputeTypeVersion'] = 'C') {
  const preview = await buildReturnPreview(
    ledger.core().ledger.db,
    period,
    { ...ledger.settings(), disputeTypeVersion: version },
    META.reportDate,
  );
  const bytes = await buildReturnWorkbook(preview, META);
  return { preview, bytes, py: readWithOpenpyxl(bytes), xl: await readWithExceljs(bytes) };
}

const SHEETS = ['人民调解工作情况统计表', '矛盾纠纷排查调处情况月报表', '工作情况'];

/**
 * §4.3 合并规则 for version C (50 columns, A–AX). The title is written once over each printed page: 调解情况 (B–AN)
 * and 排查预防纠纷 (AO–AX), never into the 项目 column that both pages repeat.
 */
const HEADER_MERGES_C = [
  'B1:AN1',
  'AO1:AX1',
  'A3:A5',
  'B3:AN3',
  'AO3:AX3',
  'B4:B5',
  'C4:C5',
  'D4:D5',
  'E4:E5',
  'F4:F5',
  'G4:L4',
  'M4:T4',
  'U4:AL4',
  'AM4:AN4',
  'AO4:AO5',
  'AP4:AP5',
  'AQ4:AR5',
  'AS4:AT5',
  'AU4:AV5',
  'AW4:AX5',
];

/** The value of a cell by exceljs: a merged cell's slaves read as its master, so only masters are asked for. */
const xlValue = (ws: ExcelJS.Worksheet, address: string) => {
  const value = ws.getCell(address).value;
  return value === undefined ? null : value;
};

/** Both readers agree on a cell, and it is what is expected. */
function expectCell(py: PySheet, xl: ExcelJS.Worksheet, address: string, expected: string | number | null) {
  expect([address, pyValue(py, address)]).toEqual([address, expected]);
  expect([address, xlValue(xl, address)]).toEqual([address, expected]);
}

describe('月报 workbook', () => {
  it('has the three sheets, named exactly, and a file name with the office and the period', async () => {
    const { preview, py, xl } = await workbook(MARCH);
    expect(py.sheets.map((s) => s.name)).toEqual(SHEETS);
    expect(xl.worksheets.map((s) => s.name)).toEqual(SHEETS);
    expect(returnFileName(preview)).toBe('东河镇司法所月报（2026年3月）.xlsx');
    const quarter = await buildReturnPreview(
      ledger.core().ledger.db,
      { kind: 'quarter', year: 2026, quarter: 1 },
      ledger.settings(),
      META.reportDate,
    );
    expect(returnFileName(quarter)).toBe('东河镇司法所季报（2026年第一季度）.xlsx');
  });

  it('统计表: title, 填报 row, the three-level merged header and the units row as §4.3 draws them', async () => {
    const { py, xl } = await workbook(MARCH);
    const [sheet, ws] = [py.sheets[0]!, xl.worksheets[0]!];
    expectCell(sheet, ws, 'B1', '东河镇司法所人民调解工作情况统计表（2026年3月）');
    expectCell(sheet, ws, 'AO1', '东河镇司法所人民调解工作情况统计表（2026年3月）续表');
    expect(sheet.cells['B1']?.font).toEqual(['宋体', 16, true]);
    const row2 = Object.entries(sheet.cells)
      .filter(([a]) => /^[A-Z]+2$/.test(a))
      .map(([, c]) => c.v);
    expect(row2).toEqual([
      '填报单位：东河镇司法所',
      '统计时段：2026年3月1日至2026年3月31日',
      '填报人：王晓红',
      '填报日期：2026年4月2日',
      '填报单位：东河镇司法所',
      '统计时段：2026年3月1日至2026年3月31日',
    ]);
    for (const range of HEADER_MERGES_C) {
      expect(sheet.merged).toContain(range);
      expect(ws.model.merges).toContain(range);
    }
    expectCell(sheet, ws, 'A3', '项目');
    expectCell(sheet, ws, 'B3', '调解情况');
    expectCell(sheet, ws, 'AO3', '排查预防纠纷');
    for (const [address, text] of [
      ['G4', '不同主体调解情况'],
      ['M4', '案件来源'],
      ['U4', '案件分类情况'],
      ['AM4', '协议形式'],
    ] as const) {
      expectCell(sheet, ws, address, text);
    }
    // Single indicators and the 防止… pairs sit on row 4 (merged down); the groups' leaves on row 5.
    LEAF_HEADERS_C.forEach((header, i) => {
      const col = columnLetter(2 + i);
      const merged = sheet.merged.some((m) => m.startsWith(`${col}4:`) && m.endsWith('5'));
      const pairSlave = sheet.merged.some((m) => m.endsWith(`:${col}5`) && !m.startsWith(`${col}4:`));
      if (pairSlave) return; // the 人 half of a pair: its header is its left neighbour's
      const address = merged ? `${col}4` : `${col}5`;
      expectCell(sheet, ws, address, header);
      expect(sheet.cells[address]?.font).toEqual(['宋体', 10, true]);
      expect(sheet.cells[address]?.wrap).toBe(true);
      expect(sheet.cells[address]?.border).toBe(true);
    });
    expectCell(sheet, ws, 'A6', '单位');
    UNITS_C.forEach((unit, i) => expectCell(sheet, ws, `${columnLetter(2 + i)}6`, unit));
  });

  it('统计表: every figure of every committee row and the 合计, as counted by hand', async () => {
    const { py, xl } = await workbook(MARCH);
    const [sheet, ws] = [py.sheets[0]!, xl.worksheets[0]!];
    MARCH_ROWS_C.forEach(([unit, values], r) => {
      const row = 7 + r;
      expectCell(sheet, ws, `A${row}`, unit);
      values.forEach((value, i) => expectCell(sheet, ws, `${columnLetter(2 + i)}${row}`, value));
      expect(sheet.cells[`F${row}`]?.fmt).toBe('0.00');
      expect(sheet.cells[`A${row}`]?.font[2]).toBe(unit === '合计');
    });
    // The notes under the table say why the committee rows have no 排查 figures.
    expect(Object.values(sheet.cells).some((c) => String(c.v).includes('不分调委会统计，只填在合计行'))).toBe(true);
  });

  it('统计表: A4 landscape at a set scale, rows 1–6 and 项目 on every page, frozen below the header and right of 项目', async () => {
    const { py, xl } = await workbook(MARCH);
    const [sheet, ws] = [py.sheets[0]!, xl.worksheets[0]!];
    // Two pages wide (the column break is checked by reports.print.test.ts), not fitted to one: fitToPage off, so
    // the fitting the register books share is not applied.
    expect(sheet.print).toEqual({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: false,
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: '$1:$6',
      horizontalCentered: true,
    });
    expect(sheet.freeze).toBe('B7');
    expect(sheet.footer).toBe('第 &P 页 共 &N 页');
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: false,
      printTitlesRow: '1:6',
      printTitlesColumn: 'A:A',
    });
    expect(ws.pageSetup.scale).toBeGreaterThanOrEqual(80);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 6 });
  });

  it('矛盾纠纷排查调处情况月报表: the figures, the 防激化 pairs and the 重大纠纷明细', async () => {
    const { py, xl } = await workbook(MARCH);
    const [sheet, ws] = [py.sheets[1]!, xl.worksheets[1]!];
    expectCell(sheet, ws, 'A1', '东河镇司法所矛盾纠纷排查调处情况月报表（2026年3月）');
    const headers = [
      '项目',
      '排查次数',
      '排查发现纠纷',
      '预防纠纷',
      '调处',
      '调处成功',
      '防止民间纠纷引起自杀',
      null,
      '防止民间纠纷转化为刑事案件',
      null,
      '防止群体性上访',
      null,
      '防止群体性械斗',
      null,
    ];
    headers.forEach((h, i) => {
      if (h !== null) expectCell(sheet, ws, `${columnLetter(1 + i)}3`, h);
    });
    for (const range of ['G3:H3', 'I3:J3', 'K3:L3', 'M3:N3']) expect(sheet.merged).toContain(range);
    ['单位', '次', '件', '件', '件', '件', '件', '人', '件', '人', '件', '人', '件', '人'].forEach((u, i) =>
      expectCell(sheet, ws, `${columnLetter(1 + i)}4`, u),
    );
    // The 防激化 pairs are the 统计表's 合计 (the cases' 防止激化), not the 排查 records' 可能激化.
    ['东河镇司法所', 6, 7, 1, 4, 2, 2, 1, 1, 3, 2, 37, 1, 20].forEach((v, i) =>
      expectCell(sheet, ws, `${columnLetter(1 + i)}5`, v),
    );
    expectCell(sheet, ws, 'A7', '重大矛盾纠纷明细');
    for (const [address, text] of [
      ['A8', '序号'],
      ['B8', '排查日期'],
      ['C8', '排查范围'],
      ['D8', '当事人'],
      ['F8', '纠纷类型'],
      ['G8', '简要情况'],
      ['J8', '稳控措施'],
      ['L8', '责任人'],
      ['M8', '化解情况/进展'],
    ] as const) {
      expectCell(sheet, ws, address, text);
    }
    expectCell(sheet, ws, 'B9', '2026-03-12');
    expectCell(sheet, ws, 'D9', '孙五、周六');
    expectCell(sheet, ws, 'F9', '物业纠纷');
    expectCell(sheet, ws, 'L9', '河西社区居委会 刘主任');
    expectCell(sheet, ws, 'M10', '已调解，2026年3月25日办结，关联案件（2026）东人调字第5号');
    expectCell(sheet, ws, 'C11', '南园村');
    expect(sheet.maxRow).toBe(11);
    expect(Object.values(sheet.cells).some((c) => String(c.v).includes('零报告'))).toBe(false);
    expect(sheet.print).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
  });

  it('a month without disputes carries the explicit 零报告 row', async () => {
    const { py, xl } = await workbook({ kind: 'month', year: 2026, month: 5 });
    const [sheet, ws] = [py.sheets[1]!, xl.worksheets[1]!];
    ['东河镇司法所', 1, 0, 0, 0, 0].forEach((v, i) => expectCell(sheet, ws, `${columnLetter(1 + i)}5`, v));
    expectCell(sheet, ws, 'A6', '本月未排查发现矛盾纠纷（零报告）');
    expect(sheet.merged).toContain('A6:N6');
    expectCell(sheet, ws, 'A10', '无');
  });

  it('工作情况: each book’s figures for the month', async () => {
    const { py, xl } = await workbook(MARCH);
    const [sheet, ws] = [py.sheets[2]!, xl.worksheets[2]!];
    // 填报 on rows 2 and 3, two items a row: a portrait page is too narrow for four, and none may be cut off.
    expectCell(sheet, ws, 'A2', '填报单位：东河镇司法所');
    expectCell(sheet, ws, 'A3', '填报人：王晓红');
    expect(Object.values(sheet.cells).map((c) => c.v)).toEqual(
      expect.arrayContaining(['统计时段：2026年3月1日至2026年3月31日', '填报日期：2026年4月2日']),
    );
    ['类别', '项目', '单位', '数量', '说明'].forEach((h, i) => expectCell(sheet, ws, `${columnLetter(1 + i)}4`, h));
    const lines: [string, string, number][] = [
      ['来信来访', '件次', 5],
      ['来信来访', '人次', 10],
      ['其中：当场答复', '件次', 2],
      ['其中：转人民调解', '件次', 1],
      ['其中：转法律援助', '件次', 0],
      ['其中：转交有关部门', '件次', 1],
      ['其中：告知诉讼途径', '件次', 0],
      ['其中：未填写', '件次', 1],
      ['宣传活动', '次', 3],
      ['受众人数', '人', 280],
      ['发放资料', '份', 650],
      ['学习、会议', '次', 4],
      ['其中：政治学习', '次', 2],
      ['其中：业务学习', '次', 1],
      ['其中：所务会', '次', 0],
      ['其中：调解员例会', '次', 1],
      ['其中：培训', '次', 0],
      ['其中：上级会议传达', '次', 0],
      ['接待', '件', 3],
      ['转交法律援助中心', '件', 2],
      ['登记典型案例', '篇', 2],
      ['应报篇数', '篇', 3],
      ['差额', '篇', 1],
      ['期末在册', '人', 2],
      ['其中：管制', '人', 0],
      ['其中：缓刑', '人', 1],
      ['其中：假释', '人', 1],
      ['其中：暂予监外执行', '人', 0],
      ['本期入矫', '人', 1],
      ['本期解矫', '人', 2],
      ['实地查访', '次', 4],
      ['月度考核', '人', 3],
      ['其中：考核不合格', '人', 1],
      ['表扬', '人次', 1],
      ['训诫', '人次', 1],
      ['警告', '人次', 0],
      ['期末在册', '人', 4],
      ['其中：重点', '人', 2],
      ['其中：一般', '人', 2],
      ['本期新接收', '人', 1],
      ['本期解除', '人', 1],
      ['走访', '次', 3],
      ['未按期走访', '人', 2],
      ['重新犯罪', '人', 1],
    ];
    lines.forEach(([item, unit, value], i) => {
      expectCell(sheet, ws, `B${5 + i}`, item);
      expectCell(sheet, ws, `C${5 + i}`, unit);
      expectCell(sheet, ws, `D${5 + i}`, value);
    });
    expectCell(sheet, ws, 'E7', '2人次');
    // Who was not visited on time, named in 说明.
    expectCell(sheet, ws, 'E47', '褚某辛、周某乙');
    expectCell(sheet, ws, 'E38', '审批通过');
    expect(sheet.merged).toEqual(
      expect.arrayContaining(['A5:A12', 'A13:A15', 'A16:A22', 'A23:A24', 'A25:A27', 'A28:A40', 'A41:A48']),
    );
    ['来信来访', '法制宣传', '学习会议', '法律援助', '典型案例', '社区矫正', '安置帮教'].forEach((section, i) =>
      expectCell(sheet, ws, `A${[5, 13, 16, 23, 25, 28, 41][i]}`, section),
    );
    expect(sheet.print).toMatchObject({
      orientation: 'portrait',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      titleRows: '$1:$4',
    });
  });

  it('version A: its 15 type columns under 案件分类情况, cases mapped', async () => {
    const { py } = await workbook(MARCH, 'A');
    const sheet = py.sheets[0]!;
    expect(sheet.merged).toContain('U4:AI4');
    expect(sheet.merged).toContain('AJ4:AK4');
    const headers = Array.from({ length: 15 }, (_, i) => pyValue(sheet, `${columnLetter(21 + i)}5`));
    expect(headers).toEqual([
      '婚姻家庭',
      '邻里',
      '房屋宅基地',
      '合同',
      '生产经营',
      '损害赔偿',
      '山林土地',
      '征地拆迁',
      '环境污染',
      '劳动争议',
      '消费',
      '医疗',
      '道路交通事故',
      '物业',
      '其他',
    ]);
    const total = Array.from({ length: 15 }, (_, i) => pyValue(sheet, `${columnLetter(21 + i)}12`));
    expect(total).toEqual([2, 2, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 3]);
    expect(sheet.maxColumn).toBe(47);
  });

  it('version B: its 18 type columns, cases mapped', async () => {
    const { py } = await workbook(MARCH, 'B');
    const sheet = py.sheets[0]!;
    expect(sheet.merged).toContain('U4:AL4');
    const headers = Array.from({ length: 18 }, (_, i) => pyValue(sheet, `${columnLetter(21 + i)}5`));
    expect(headers).toEqual([
      '婚姻家庭',
      '邻里',
      '房屋宅基地',
      '合同',
      '生产经营',
      '损害赔偿',
      '山林土地',
      '征地拆迁',
      '环境污染',
      '拖欠农民工工资',
      '其他劳动争议',
      '旅游',
      '电子商务',
      '其他消费',
      '医疗',
      '道路交通事故',
      '物业',
      '其他',
    ]);
    const hexi = Array.from({ length: 18 }, (_, i) => pyValue(sheet, `${columnLetter(21 + i)}9`));
    expect(pyValue(sheet, 'A9')).toBe('河西社区人民调解委员会');
    expect(hexi).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
  });
});
