import { z } from 'zod';
import { assessmentScaleSchema, DEFAULT_ASSESSMENT_SCALE } from './assessmentScale';
import { committeeKinds, DEFAULT_DISPUTE_TYPE_VERSION } from './codes';
import { agreementClausesSchema, DEFAULT_AGREEMENT_CLAUSES } from './resettlementClauses';
import { textSchema } from './registers/schema';

export const DEFAULT_IDLE_LOCK_MINUTES = 15;

const committeeSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  name: textSchema('调委会名称', 50, true).transform((v) => v as string),
  shortName: textSchema('调委会简称', 10, true)
    .transform((v) => v as string)
    .refine((v) => !/[（）()\s]/.test(v), { message: '调委会简称不能含括号或空格' }),
  kind: z
    .string({ error: '调委会类型应为文字' })
    .refine((v) => committeeKinds.some((k) => k.value === v), { message: '调委会类型不在可选范围内' }),
  active: z.boolean({ error: '是否启用应为“是”或“否”' }),
});

const staffSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  name: textSchema('工作人员姓名', 50, true).transform((v) => v as string),
  position: textSchema('职务', 50),
  active: z.boolean({ error: '是否在岗应为“是”或“否”' }),
});

/** A 工作人员 added from a form: a name and, if known, a 职务; in post from the start. */
export const staffAddSchema = staffSchema.pick({ name: true, position: true });

export const settingsSchema = z
  .strictObject({
    officeName: textSchema('司法所名称', 50, true).transform((v) => v as string),
    county: textSchema('所属县（区）', 50),
    township: textSchema('乡镇（街道）', 50),
    committees: z.array(committeeSchema).max(200, '人民调解委员会最多200个'),
    staff: z.array(staffSchema).max(200, '本所工作人员最多200人'),
    // Reporting (docs/spec/formats.md §4.2, §9.2; docs/spec/deadlines.md MR-01, MR-02): what the county's template and
    // rules want.
    disputeTypeVersion: z
      .enum(['A', 'B', 'C'], { error: '纠纷类型版本应为 A、B 或 C' })
      .default(DEFAULT_DISPUTE_TYPE_VERSION),
    reportDeadlineDay: z
      .number({ error: '月报截止日应为数字' })
      .int('月报截止日应为整数')
      .min(1, '月报截止日应在1到28日之间')
      .max(28, '月报截止日应在1到28日之间')
      .default(3),
    typicalCaseQuota: z
      .number({ error: '每月典型案例篇数应为数字' })
      .int('每月典型案例篇数应为整数')
      .min(0, '每月典型案例篇数不能为负数')
      .max(50, '每月典型案例篇数不能大于50')
      .default(3),
    // Idle lock: the screen locks after this many idle minutes and asks for the password again.
    idleLockMinutes: z
      .number({ error: '自动锁屏时间应为数字' })
      .int('自动锁屏时间应为整数')
      .min(1, '自动锁屏时间应在1到240分钟之间')
      .max(240, '自动锁屏时间应在1到240分钟之间')
      .default(DEFAULT_IDLE_LOCK_MINUTES),
    // 《帮教协议书》: what each of the four parties undertakes, as the office words it.
    resettlementClauses: agreementClausesSchema.default(DEFAULT_AGREEMENT_CLAUSES),
    // 社区矫正 月度考核: the grades given and which count as 不合格 (docs/spec/formats.md §13).
    assessmentScale: assessmentScaleSchema.default(DEFAULT_ASSESSMENT_SCALE),
  })
  .superRefine((s, ctx) => {
    const seen = new Map<string, number>();
    s.committees.forEach((c, i) => {
      if (seen.has(c.shortName)) {
        ctx.addIssue({
          code: 'custom',
          path: ['committees', i, 'shortName'],
          message: `调委会简称“${c.shortName}”重复`,
        });
      }
      seen.set(c.shortName, i);
    });
  });

export type SettingsInput = z.input<typeof settingsSchema>;
export type Settings = z.output<typeof settingsSchema>;
export type Committee = Settings['committees'][number] & { id: number };
export type StaffMember = Settings['staff'][number] & { id: number };
