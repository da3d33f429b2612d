import { UserError } from '../errors';
import { readCsv } from './csvGrid';
import type { SheetGrid } from './grid';
import { LIMITS } from './grid';
import { readXlsx } from './xlsxGrid';

/**
 * How to turn an old or protected workbook into one the import reads. An OLE compound file (D0 CF 11 E0) is either
 * an Excel 97–2003 .xls or an .xlsx with an opening password (Office wraps encrypted workbooks in the same container).
 *
 * .xls is not read at all (decision for issue 21): the only pure-JS reader, SheetJS `xlsx`, is frozen on the npm
 * registry at 0.18.5 with two unfixed advisories there — prototype pollution (CVE-2023-30533) and ReDoS
 * (CVE-2024-22363); fixed builds exist only on SheetJS's own CDN, outside the registry and `npm audit`. The one fixed
 * build on the registry, @e965/xlsx (0.20.3), is an individual's re-upload of those CDN tarballs, not the vendor's.
 * A ledger import runs on files from anywhere, so the app asks for a 另存为 .xlsx instead, which WPS and Excel both do
 * in two clicks.
 */
export const SAVE_AS_XLSX =
  '请用 WPS 或 Excel 打开它，点“文件 → 另存为”，保存类型选“Excel 工作簿(*.xlsx)”，再导入另存的 .xlsx 文件';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Signatures of files clerks pick by mistake (PDF, images, Word 97 shares OLE with .xls). */
const NOT_SPREADSHEETS: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
];

const extensionOf = (fileName: string) => /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';

/**
 * Reads a sheet (the first filled one unless named) of an .xlsx, or a .csv (UTF-8 or GBK), into text; refuses anything
 * else with a Chinese message.
 */
export async function readSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  options: { sheet?: string } = {},
): Promise<SheetGrid> {
  if (bytes.length === 0) throw new UserError('文件是空的（0 字节），请选择登记簿的 Excel 或 CSV 文件');
  if (bytes.length > LIMITS.fileBytes) {
    throw new UserError('文件超过50MB，不像一本登记簿；请按年度分成几个文件再导入');
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new UserError(
      `这个文件是旧版 Excel 97-2003 格式（.xls），或是设置了打开密码的工作簿，无法直接读取。${SAVE_AS_XLSX}（有密码的请先取消密码）`,
    );
  }
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(bytes, options.sheet);
  const ext = extensionOf(fileName);
  if (NOT_SPREADSHEETS.some((magic) => startsWith(bytes, magic)) || !['csv', 'txt'].includes(ext)) {
    throw new UserError('这个文件不是表格文件，请选择 Excel 工作簿（.xlsx）或 CSV 文件（.csv）');
  }
  const base = fileName.replace(/\.[^.]+$/, '');
  return readCsv(bytes, base);
}
