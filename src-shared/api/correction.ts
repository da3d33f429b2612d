import { z } from 'zod';
import { approvalStages, type ApprovalStage } from '../approvalStatus';
import { approvalTypes } from '../correctionApprovals';
import { fieldDef, registerDef, type EntryData } from '../registers';
import { fieldSchema } from '../registers/schema';
import { method } from './declare';
import { recordId } from './refs';

// 社区矫正's office-wide work (docs/spec/formats.md §13): every person's 审批事项 in one list, and a month's 考核 of
// everyone under correction, recorded one person after another.

/** 'YYYY-MM', a real month. */
export const monthKey = z
  .string({ error: '月份应为“年-月”，如 2026-11' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为“年-月”，如 2026-11')
  .refine((m) => m >= '1900-01' && m <= '2100-12', '月份应为“年-月”，如 2026-11');

/** One 审批事项 of one person, as the office's list shows it. */
export interface ApprovalRow {
  personId: number;
  name: string;
  subjectNo: string | null;
  /** Its place in the person's list (the documents of an entry are asked by it). */
  entryIndex: number;
  type: string;
  /** 收到申请日期 */
  date: string | null;
  submitDate: string | null;
  result: string | null;
  decisionDate: string | null;
  noticeEnd: string | null;
  stage: ApprovalStage;
  status: string;
}

/** A person under correction in the month, with the month's 考核 when there is one. */
export interface AssessedPerson {
  id: number;
  name: string;
  subjectNo: string | null;
  startDate: string;
  endDate: string;
  state: string;
  /** The month's entry, as stored (month, date, the four aspects, result, notified_date, note). */
  assessment: EntryData | null;
}

const people = registerDef('correctionSubject');
const assessmentFields = (fieldDef(people, 'assessments')?.entry?.fields ?? []).filter((f) => f.key !== 'month');

/** A month's 考核 of one person, checked as the record's form checks it: each message names its field. */
export const assessmentInput = z.strictObject(
  Object.fromEntries(assessmentFields.map((f) => [f.key, fieldSchema(f)])) as Record<
    string,
    ReturnType<typeof fieldSchema>
  >,
);

export const correctionMethods = {
  'correction.approvals': method<{ rows: ApprovalRow[] }>()({
    input: z.strictObject({
      type: z.enum(approvalTypes, { error: '事项类型不在可选范围内' }).optional(),
      stage: z.enum(approvalStages, { error: '状态不在可选范围内' }).optional(),
      /** Of 收到申请日期. */
      month: monthKey.optional(),
    }),
    access: 'staff',
    run: 'read',
  }),
  'correction.assessments': method<{ month: string; people: AssessedPerson[] }>()({
    input: z.strictObject({ month: monthKey }),
    access: 'staff',
    run: 'read',
  }),
  /** Appends the month's 考核 to the person's record, or replaces the one it has: a save of the record, audited. */
  'correction.saveAssessment': method<{ person: AssessedPerson }>()({
    input: z.strictObject({ id: recordId, month: monthKey, entry: assessmentInput }),
    access: 'staff',
    run: 'write',
  }),
};
