import ExcelJS from 'exceljs';

// Fixtures for the import tests, built as an office would type them: merged title, two-level header, a 合计 row.

export type Cell = string | number | Date | boolean | null | ExcelJS.CellFormulaValue;

export async function xlsxBytes(
  rows: readonly (readonly Cell[])[],
  merges: readonly string[] = [],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
    }),
  );
  for (const range of merges) sheet.mergeCells(range);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

let gbkTable: Map<string, number[]> | null = null;

/** Text in GBK, as Chinese Excel saves CSV: the table is the decoder's own mapping read backwards. */
export function gbkBytes(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export const utf8Bytes = (text: string, bom = false): Uint8Array =>
  new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

export const TITLE = '东河镇司法所来信来访登记簿（2025年）';

/** A 来信来访 book as offices keep it: title, a two-level header (来访人 over 姓名/身份证号/电话), mixed dates, a 合计. */
export const petitionRows: Cell[][] = [
  [TITLE, null, null, null, null, null, null, null, null],
  ['序号', '来访日期', '来访人', null, null, '反映问题', '问题类别', '接待人', '处理意见'],
  [null, null, '姓名', '身份证号', '联系电话', null, null, null, null],
  [1, '2025.3.5', '张三', '11010519491231002X', '13800138000', '邻居占道堆放杂物', '纠纷', '王敏', '转人民调解'],
  [2, new Date(Date.UTC(2025, 2, 18)), '李四、王五', '', '0513-86123456', '咨询赡养费', '咨询', '王敏', '当场答复'],
  [3, '3月20日', '赵六', '110105194912310021', '', '宅基地界址争议', '纠纷', '王敏', '转人民调解'],
  [4, 45748, '钱七', '', '', '劳动报酬', '求助', '王敏', '告知诉讼途径'],
  [5, '2025年4月2日', '孙八', '', '139001390001', '', '投诉', '王敏', ''],
  ['合计', '5件', null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null, null],
  ['填表人：王敏', null, null, null, '审核人：刘强', null, null, null, null],
];

export const petitionMerges = ['A1:I1', 'A2:A3', 'B2:B3', 'C2:E2', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:I3'];
