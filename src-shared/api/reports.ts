import { z } from 'zod';
import type { GeneratedFile } from '../documents';
import { numberChoices } from '../mask';
import { dateSchema, textSchema } from '../registers/schema';
import { reportPeriodSchema, type ReportPeriod, type ReturnPreview } from '../reports';
import { method } from './declare';
import { registerKey as register } from './refs';

// The monthly returns and the register books, as Excel.

/** 首页: last month's return, whether it has been exported, and its deadline (docs/spec/deadlines.md MR-01). */
export interface ReportStatus {
  period: ReportPeriod;
  label: string;
  exportedAt: string | null;
  deadline: string;
  /** Negative once the deadline has passed. */
  daysLeft: number;
}

export const reportMethods = {
  'registers.exportBook': method<GeneratedFile>()({
    input: z
      .strictObject({
        register,
        from: dateSchema('起始日期', true),
        to: dateSchema('截止日期', true),
        /** 身份证号 and phone numbers in full (the office's printed record, the default) or masked (a copy for others). */
        numbers: z.enum(numberChoices, { error: '请选择身份证号、电话号码完整打印还是遮盖部分号码' }).default('full'),
      })
      .refine((r) => r.from === null || r.to === null || r.from <= r.to, {
        message: '截止日期不能早于起始日期',
        path: ['to'],
      })
      .transform((r) => ({ register: r.register, from: r.from as string, to: r.to as string, numbers: r.numbers })),
    access: 'staff',
    run: 'write',
  }),
  'reports.preview': method<ReturnPreview>()({
    input: z.strictObject({ period: reportPeriodSchema }),
    access: 'staff',
    run: 'read',
  }),
  'reports.export': method<GeneratedFile>()({
    input: z.strictObject({
      period: reportPeriodSchema,
      reporter: textSchema('填报人', 50, true).transform((v) => v as string),
      /** The clerk has looked at the checks and exports anyway. */
      acknowledged: z.boolean({ error: '“已核对”应为是或否' }).default(false),
    }),
    access: 'staff',
    run: 'write',
  }),
  'reports.status': method<ReportStatus>()({ input: z.strictObject({}), access: 'staff', run: 'read' }),
};
