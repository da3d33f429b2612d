import { holdsMaskedNumbers, NUMBER_CHOICE_TEXT, type NumberChoice } from '../../../src-shared/mask';
import { registerDef, type RegisterKey } from '../../../src-shared/registers';
import type { reportMethods } from '../../../src-shared/api/reports';
import { exportRegisterBook, exportReturn, reportStatus } from '../reportExports';
import { buildReturnPreview } from '../reports';
import { readSettings } from '../settings';
import { audited } from './audited';
import type { Implementations } from './implementation';

/** The file, and for a book holding 身份证号 or phones whether they were printed in full or masked. */
function bookExportSummary(fileName: string, register: RegisterKey, numbers: NumberChoice): string {
  if (!holdsMaskedNumbers(registerDef(register).fields)) return fileName;
  return `${fileName}（${NUMBER_CHOICE_TEXT[numbers].logged}）`;
}

export const reportHandlers: Implementations<keyof typeof reportMethods> = {
  'registers.exportBook': (ctx, input) =>
    audited(ctx, exportRegisterBook(ctx, input), (file) => ({
      action: 'export',
      register: input.register,
      summary: bookExportSummary(file.fileName, input.register, input.numbers),
    })),
  'reports.preview': async ({ db, today }, { period }) => buildReturnPreview(db, period, await readSettings(db), today),
  'reports.export': (ctx, input) =>
    audited(ctx, exportReturn(ctx, input), (file) => ({ action: 'export', summary: file.fileName })),
  'reports.status': (ctx) => reportStatus(ctx),
};
