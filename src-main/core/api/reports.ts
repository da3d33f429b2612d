import type { reportMethods } from '../../../src-shared/api/reports';
import { exportRegisterBook, exportReturn, reportStatus } from '../reportExports';
import { buildReturnPreview } from '../reports';
import { readSettings } from '../settings';
import { audited } from './audited';
import type { Implementations } from './implementation';

export const reportHandlers: Implementations<keyof typeof reportMethods> = {
  'registers.exportBook': (ctx, input) =>
    audited(ctx, exportRegisterBook(ctx, input), (file) => ({
      action: 'export',
      register: input.register,
      summary: `${file.fileName}${input.reveal ? '（含完整证件号码）' : ''}`,
    })),
  'reports.preview': async ({ db, today }, { period }) => buildReturnPreview(db, period, await readSettings(db), today),
  'reports.export': (ctx, input) =>
    audited(ctx, exportReturn(ctx, input), (file) => ({ action: 'export', summary: file.fileName })),
  'reports.status': (ctx) => reportStatus(ctx),
};
