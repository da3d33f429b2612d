// Monthly returns and register books (Excel). The handlers call these four; nothing else here is API.
import type { ReturnPreview } from '../../../src-shared/reports';
import { RETURN_NAMES } from '../../../src-shared/returnSheets';
import { sanitizeFileName } from '../documents';

export { buildReturnPreview } from './monthlyReturn';
export { buildReturnWorkbook } from './returnWorkbook';
export { buildRegisterBook } from './registerBook';

/**
 * 东河镇司法所月报（2026年3月）.xlsx (季报, 年报 for the other periods): the office first, because the county
 * collects one file from every township, and the period in the same words as the title.
 */
export function returnFileName(preview: ReturnPreview): string {
  return `${sanitizeFileName(`${preview.officeName}${RETURN_NAMES[preview.period.kind]}（${preview.label}）`)}.xlsx`;
}
