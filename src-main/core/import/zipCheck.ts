import { UserError } from '../errors';
import { LIMITS } from './grid';

// An .xlsx is a zip; its sheets are unpacked whole by the reader. The zip's central directory says how large each part
// unpacks to, so a “zip bomb” or a sheet of a million-character cells is refused before anything is unpacked.

const EOCD_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;

export function checkUnpackedSize(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UserError('这个文件已损坏或不是 Excel 工作簿（.xlsx），无法读取');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== ENTRY_SIGNATURE) {
      throw new UserError('这个文件已损坏或不是 Excel 工作簿（.xlsx），无法读取');
    }
    total += view.getUint32(offset + 24, true);
    if (total > LIMITS.unpackedBytes) {
      throw new UserError('这个工作簿解压后过大（超过300MB），不像登记簿；请只保留要导入的工作表后另存再导入');
    }
    offset +=
      46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
}
