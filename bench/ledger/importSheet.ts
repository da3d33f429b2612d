import ExcelJS from 'exceljs';
import { personName } from '../synthetic/people';
import { Random } from '../synthetic/random';

// The sheet the bench imports (issue 21: a 10,000-row sheet previews in ≤ 2 s and imports in ≤ 5 s): an old
// 来信来访登记簿 as an office types it, title and two-level header over the rows, dates in the forms clerks use.

const MATTERS = ['宅基地界址争议', '邻居占道堆放杂物', '咨询赡养费', '劳动报酬', '土地承包', '排水沟堵塞'];
const CATEGORIES = ['纠纷', '咨询', '求助', '投诉'];

/** The sheet the import is measured with: the 10,000 rows. */
export const IMPORT_ROWS = 10_000;

export async function oldPetitionBook(rows: number, seed = 21): Promise<Uint8Array> {
  const rng = new Random(seed);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('来信来访');
  ws.addRow(['东河镇司法所来信来访登记簿（2019年）']);
  ws.addRow(['序号', '来访日期', '来访人', null, '反映问题', '问题类别', '接待人']);
  ws.addRow([null, null, '姓名', '联系电话', null, null, null]);
  ws.mergeCells('A1:G1');
  ws.mergeCells('C2:D2');
  for (const cell of ['A2:A3', 'B2:B3', 'E2:E3', 'F2:F3', 'G2:G3']) ws.mergeCells(cell);
  for (let i = 0; i < rows; i++) {
    const month = 1 + (i % 12);
    const day = 1 + (i % 28);
    const date = i % 3 === 0 ? `2019.${month}.${day}` : i % 3 === 1 ? `${month}月${day}日` : `2019年${month}月${day}日`;
    ws.addRow([
      i + 1,
      date,
      personName(rng),
      `1380013${String(8000 + (i % 2000)).padStart(4, '0')}`,
      rng.pick(MATTERS),
      rng.pick(CATEGORIES),
      '王晓红',
    ]);
  }
  ws.addRow(['合计', `${rows}件`]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
