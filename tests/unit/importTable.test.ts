import { describe, expect, test } from 'vitest';
import { findTable, tableAt, yearOfTitle } from '../../src-main/core/import/findTable';
import { readSpreadsheet } from '../../src-main/core/import/readSpreadsheet';
import { petitionMerges, petitionRows, utf8Bytes, xlsxBytes } from './importSheets';

describe('findTable', () => {
  test('merged title, two-level header, five data rows, then 合计, a blank line and the 填表人 line', async () => {
    const grid = await readSpreadsheet(await xlsxBytes(petitionRows, petitionMerges), 'a.xlsx');
    const table = findTable(grid);
    expect(table.titleRows).toEqual([0]);
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.year).toBe(2025);
    expect(table.columns.map((c) => c.label)).toEqual([
      '序号',
      '来访日期',
      '来访人/姓名',
      '来访人/身份证号',
      '来访人/联系电话',
      '反映问题',
      '问题类别',
      '接待人',
      '处理意见',
    ]);
    expect(table.columns[3]).toMatchObject({ group: '来访人', own: '身份证号' });
    expect(table.columns[1]).toMatchObject({ group: null, own: '来访日期' });
    expect(table.dataRows).toEqual([3, 4, 5, 6, 7]);
    expect(table.footerRows).toEqual([
      { row: 8, reason: '合计行' },
      { row: 9, reason: '空行' },
      { row: 10, reason: '落款行' },
    ]);
  });

  test('a one-level CSV with a blank line among the data and a 填表人 line', async () => {
    const csv =
      '2024年度人民调解收结案登记簿\n单位：东河镇\n受理日期,申请人,纠纷类型\n2024-01-02,张三,邻里纠纷\n,,\n2024-02-03,李四,婚姻家庭\n填表人：王敏,,\n';
    const table = findTable(await readSpreadsheet(utf8Bytes(csv), 'a.csv'));
    expect(table).toMatchObject({ titleRows: [0, 1], headerRows: [2], dataRows: [3, 5], year: 2024 });
    expect(table.footerRows).toEqual([
      { row: 4, reason: '空行' },
      { row: 6, reason: '落款行' },
    ]);
  });

  test('numbered spare lines of a printed book (序号 only) are blank lines, not data', async () => {
    const csv = '序号,来访日期,来访人,反映问题\n1,2025-03-05,张三,咨询\n2,,,\n3,,,\n';
    const table = findTable(await readSpreadsheet(utf8Bytes(csv), 'a.csv'));
    expect(table.dataRows).toEqual([1]);
    expect(table.footerRows).toEqual([
      { row: 2, reason: '空行' },
      { row: 3, reason: '空行' },
    ]);
  });

  test('the clerk corrects where the header starts and ends', async () => {
    const csv = '登记簿\n来访人,,反映问题\n姓名,电话,\n张三,13800138000,咨询\n';
    const grid = await readSpreadsheet(utf8Bytes(csv), 'a.csv');
    expect(findTable(grid).headerRows).toEqual([1]);
    const corrected = tableAt(grid, 1, 2);
    expect(corrected.columns.map((c) => c.label)).toEqual(['来访人/姓名', '电话', '反映问题']);
    expect(corrected.dataRows).toEqual([3]);
  });

  test('the title year in its usual forms', () => {
    expect(yearOfTitle('东河镇司法所来信来访登记簿（2025年）')).toBe(2025);
    expect(yearOfTitle('2023年度法律援助登记簿')).toBe(2023);
    expect(yearOfTitle('矛盾纠纷排查登记簿')).toBeNull();
  });
});
