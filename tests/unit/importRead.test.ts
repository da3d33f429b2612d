import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { readSpreadsheet } from '../../src-main/core/import/readSpreadsheet';
import { UserError } from '../../src-main/core/errors';
import { gbkBytes, petitionMerges, petitionRows, TITLE, utf8Bytes, xlsxBytes } from './importSheets';

async function refusal(bytes: Uint8Array, name: string, sheet?: string): Promise<string> {
  const error: unknown = await readSpreadsheet(bytes, name, sheet === undefined ? {} : { sheet }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).message;
}

describe('readSpreadsheet: what is read', () => {
  test('an .xlsx office sheet: merged title kept in its top-left cell, merges listed, dates as ISO text', async () => {
    const grid = await readSpreadsheet(await xlsxBytes(petitionRows, petitionMerges), '来信来访2025.xlsx');
    expect(grid.rows[0]).toEqual([TITLE]);
    expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 8 });
    expect(grid.merges).toContainEqual({ top: 1, left: 2, bottom: 1, right: 4 });
    expect(grid.rows[3]![1]).toBe('2025.3.5');
    expect(grid.rows[4]![1]).toBe('2025-03-18');
    expect(grid.rows[6]![1]).toBe('45748');
    expect(grid.rows[9]).toEqual([]);
    expect(grid.rows).toHaveLength(11);
    expect(grid.problems).toEqual([]);
  });

  test('a formula cell reads as its saved result; one without a result is a problem on that cell, not a crash', async () => {
    const grid = await readSpreadsheet(
      await xlsxBytes([
        ['姓名', '人数'],
        ['张三', { formula: '1+2', result: 3 }],
        ['李四', { formula: 'B2*2' }],
        ['王五', { formula: '1/0', result: { error: '#DIV/0!' } }],
      ]),
      'a.xlsx',
    );
    expect(grid.rows[1]).toEqual(['张三', '3']);
    expect(grid.rows[2]).toEqual(['李四', '']);
    expect(grid.problems).toEqual([
      { row: 2, column: 1, message: '单元格是公式，文件里没有保存它的计算结果' },
      { row: 3, column: 1, message: '公式的结果是错误值 #DIV/0!' },
    ]);
  });

  test('a GBK CSV (Chinese Excel) and a UTF-8 CSV with and without BOM read the same', async () => {
    const text =
      '来信来访登记簿（2025年）\r\n来访日期,姓名,反映问题\r\n2025/3/5,张三,"邻里纠纷，占道"\r\n2025/3/6,"李四""小李""",咨询\r\n';
    const expected = [
      ['来信来访登记簿（2025年）'],
      ['来访日期', '姓名', '反映问题'],
      ['2025/3/5', '张三', '邻里纠纷，占道'],
      ['2025/3/6', '李四"小李"', '咨询'],
    ];
    for (const bytes of [gbkBytes(text), utf8Bytes(text), utf8Bytes(text, true)]) {
      const grid = await readSpreadsheet(bytes, '来访.csv');
      expect(grid.rows).toEqual(expected);
    }
  });

  test('a quoted CSV cell may hold a line break', async () => {
    const grid = await readSpreadsheet(utf8Bytes('事由,备注\n"第一行\n第二行",无\n'), 'a.csv');
    expect(grid.rows[1]).toEqual(['第一行\n第二行', '无']);
  });
});

test('a workbook of several sheets: the first filled visible one, another by name; hidden and empty ones not offered', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('说明');
  workbook.addWorksheet('隐藏').state = 'hidden';
  workbook.getWorksheet('隐藏')!.getCell('A1').value = '旧表';
  workbook.addWorksheet('2024').getCell('A1').value = '2024年';
  workbook.addWorksheet('2025').getCell('A1').value = '2025年';
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const first = await readSpreadsheet(bytes, 'a.xlsx');
  expect(first).toMatchObject({ sheetName: '2024', sheetNames: ['2024', '2025'], rows: [['2024年']] });
  expect((await readSpreadsheet(bytes, 'a.xlsx', { sheet: '2025' })).rows).toEqual([['2025年']]);
  expect(await refusal(bytes, 'a.xlsx', '隐藏')).toBe('工作簿里没有名为“隐藏”的工作表，或该表是空的');
});

describe('readSpreadsheet: bad files are refused in Chinese', () => {
  test('not a spreadsheet', async () => {
    expect(await refusal(utf8Bytes('%PDF-1.4 ...'), '登记簿.pdf')).toBe(
      '这个文件不是表格文件，请选择 Excel 工作簿（.xlsx）或 CSV 文件（.csv）',
    );
    expect(await refusal(utf8Bytes('%PDF-1.4 ...'), '登记簿.csv')).toMatch(/不是表格文件/);
    expect(await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.xlsx')).toBe(
      '这个文件已损坏或不是 Excel 工作簿（.xlsx），无法读取',
    );
  });

  test('an old .xls or an encrypted workbook (OLE container) gets the 另存为 .xlsx steps', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (const name of ['2019.xls', '加密.xlsx']) {
      const message = await refusal(ole, name);
      expect(message).toMatch(/旧版 Excel 97-2003 格式（\.xls），或是设置了打开密码的工作簿/);
      expect(message).toContain('文件 → 另存为');
      expect(message).toContain('Excel 工作簿(*.xlsx)');
    }
  });

  test('an empty file, an empty CSV and a workbook with an empty sheet', async () => {
    expect(await refusal(new Uint8Array(), 'a.csv')).toBe('文件是空的（0 字节），请选择登记簿的 Excel 或 CSV 文件');
    expect(await refusal(utf8Bytes('\r\n,,\r\n', true), 'a.csv')).toBe('文件里没有内容：表格是空的');
    expect(await refusal(await xlsxBytes([]), 'a.xlsx')).toBe('文件里没有内容：表格是空的');
  });

  test('more than 200 columns', async () => {
    const wide = Array.from({ length: 201 }, (_, i) => `列${i}`);
    expect(await refusal(utf8Bytes(wide.join(',')), 'a.csv')).toBe(
      '表格超过200列，不像登记簿；请只保留登记簿的各列后再导入',
    );
    expect(await refusal(await xlsxBytes([wide]), 'a.xlsx')).toMatch(/表格超过200列/);
  });

  test('a cell over 10,000 characters', async () => {
    const long = '字'.repeat(10_001);
    expect(await refusal(utf8Bytes(`姓名,事由\n张三,${long}\n`), 'a.csv')).toBe(
      '第2行B列的内容超过10,000个字，请检查该单元格后再导入',
    );
    expect(await refusal(utf8Bytes(`姓名,事由\n张三,"${long}"\n`), 'a.csv')).toMatch(/第2行B列/);
    expect(
      await refusal(
        await xlsxBytes([
          ['姓名', '事由'],
          ['张三', long],
        ]),
        'a.xlsx',
      ),
    ).toMatch(/第2行B列/);
  });

  test('more than 100,000 rows', async () => {
    expect(await refusal(utf8Bytes('姓名\n' + '张三\n'.repeat(100_000)), 'a.csv')).toBe(
      '表格超过100,000行，请按年度分成几个文件再导入',
    );
    const far: (string | null)[][] = [['姓名']];
    far[100_000] = ['张三'];
    expect(await refusal(await xlsxBytes(Array.from(far, (r) => r ?? [])), 'a.xlsx')).toBe(
      '表格超过100,000行，请按年度分成几个文件再导入',
    );
  });

  test('a workbook that unpacks to more than 300MB is refused before it is unpacked', async () => {
    const bytes = await xlsxBytes([['姓名'], ['张三']]);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entry = bytes.findIndex((_, i) => i + 4 <= bytes.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(entry + 24, 400 * 1024 * 1024, true);
    expect(await refusal(bytes, 'a.xlsx')).toBe(
      '这个工作簿解压后过大（超过300MB），不像登记簿；请只保留要导入的工作表后另存再导入',
    );
  });
});
