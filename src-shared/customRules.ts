// Rules the office adds in 设置 (rules.create). They are stored and run exactly like the seeded ones; what an office
// may pick — the subject, its events, its date fields — comes from the same definitions the forms use, so a custom
// rule can only name an event the clerk can record or a date the record has.

import { z } from 'zod';
import { subjectEventTypes, type EventType } from './events';
import { registerDef } from './registers';
import {
  negativeWorkingDaysIssue,
  noNegativeWorkingDays,
  ruleEnabledSchema,
  ruleOffsetSchema,
  ruleTaskSchema,
  ruleUnitSchema,
  type DeadlineRule,
  type RuleTrigger,
} from './rules';

/**
 * Every office rule's 编号 starts with this, so a rule shipped in a later version (CC-18, AB-05 …) can never collide
 * with one the office already has.
 */
export const CUSTOM_RULE_PREFIX = '本所-';

export const customRuleSubjects = ['correctionSubject', 'resettlement', 'mediationCase'] as const;
export type CustomRuleSubject = (typeof customRuleSubjects)[number];

/** The section of docs/spec/deadlines.md an office's rule about each subject files under (A 社区矫正, B 安置帮教, C 人民调解). */
const sectionOf: Readonly<Record<CustomRuleSubject, DeadlineRule['section']>> = {
  correctionSubject: 'A',
  resettlement: 'B',
  mediationCase: 'C',
};

export const customRuleSubjectLabels: Record<CustomRuleSubject, string> = {
  correctionSubject: '社区矫正对象',
  resettlement: '安置帮教对象',
  mediationCase: '人民调解案件',
};

/**
 * One choice of 触发: an event recorded on the person / case, or one of its date fields. `value` is 'event:…' /
 * 'field:…'.
 */
export interface TriggerChoice {
  value: string;
  label: string;
  trigger: Extract<RuleTrigger, { kind: 'event' | 'field' }>;
}

export function triggerChoices(subject: CustomRuleSubject): TriggerChoice[] {
  const events = subjectEventTypes[subject].map((event): TriggerChoice => ({
    value: `event:${event}`,
    label: `事件：${event}`,
    trigger: { kind: 'event', event },
  }));
  const dates = registerDef(subject)
    .fields.filter((f) => f.type === 'date')
    .map((f): TriggerChoice => ({
      value: `field:${f.key}`,
      label: `日期：${f.label}`,
      trigger: { kind: 'field', field: f.key },
    }));
  return [...events, ...dates];
}

export const ruleCreateSchema = z
  .strictObject({
    code: z
      .string({ error: '规则编号应为文字' })
      .trim()
      .max(20, '规则编号不能超过20个字')
      .refine((v) => v.startsWith(CUSTOM_RULE_PREFIX) && v.length > CUSTOM_RULE_PREFIX.length, {
        message: `规则编号应以“${CUSTOM_RULE_PREFIX}”开头，如“${CUSTOM_RULE_PREFIX}01”`,
      })
      .refine((v) => /^[\p{Script=Han}A-Za-z0-9-]+$/u.test(v), { message: '规则编号只能用汉字、字母、数字和“-”' }),
    subject: z.enum(customRuleSubjects, { error: '适用对象应为社区矫正对象、安置帮教对象或人民调解案件' }),
    /** A TriggerChoice value. */
    trigger: z
      .string({ error: '请选择触发事件或日期' })
      .min(1, '请选择触发事件或日期')
      .max(60, '触发事件或日期不在可选范围内'),
    offset: ruleOffsetSchema,
    unit: ruleUnitSchema,
    task: ruleTaskSchema,
    doneBy: z.string({ error: '请选择完成事件' }).min(1, '请选择完成事件').max(60, '完成事件不在可选范围内'),
    basis: z
      .string({ error: '依据应为文字' })
      .trim()
      .min(1, '请填写依据（文件名称或原文要点）')
      .max(300, '依据不能超过300个字'),
    enabled: ruleEnabledSchema,
  })
  .refine(noNegativeWorkingDays, negativeWorkingDaysIssue)
  .superRefine((r, ctx) => {
    const who = customRuleSubjectLabels[r.subject];
    if (!triggerChoices(r.subject).some((c) => c.value === r.trigger)) {
      ctx.addIssue({
        code: 'custom',
        path: ['trigger'],
        message: `触发“${r.trigger.replace(/^\w+:/, '').slice(0, 20)}”不是${who}的事件或日期`,
      });
    }
    if (!(subjectEventTypes[r.subject] as readonly string[]).includes(r.doneBy)) {
      ctx.addIssue({
        code: 'custom',
        path: ['doneBy'],
        message: `完成事件“${r.doneBy.slice(0, 20)}”不是${who}的事件类型`,
      });
    }
  });

export type RuleCreateInput = z.output<typeof ruleCreateSchema>;

/** The event type named `name` (validated by ruleCreateSchema, so it exists). */
function eventOf(subject: CustomRuleSubject, name: string): EventType {
  const types: readonly EventType[] = subjectEventTypes[subject];
  return types.find((e) => e === name)!;
}

/** The stored rule a validated rules.create input becomes. */
export function customRule(input: RuleCreateInput): DeadlineRule {
  const trigger = triggerChoices(input.subject).find((c) => c.value === input.trigger)!.trigger;
  return {
    code: input.code,
    section: sectionOf[input.subject],
    subject: input.subject,
    trigger,
    offset: input.offset,
    unit: input.unit,
    task: input.task,
    doneBy: { kind: 'event', event: eventOf(input.subject, input.doneBy) },
    basis: input.basis,
    enabled: input.enabled,
    verified: true,
  };
}
