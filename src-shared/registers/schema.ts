import { z } from 'zod';
import { ethnicities, partyKinds, sexes, type CodeOption } from '../codes';
import { ageOn, isValidDate, todayIso } from '../dates';
import { parseIdCard } from '../idcard';
import { inputFields } from './index';
import { withoutHidden } from './shownFor';
import type { EntryData, FieldDef, PartyData, RecordData, RegisterDef } from './types';

// Every message names its field in Chinese: the same schemas validate forms as the clerk types and every API call.

const DEFAULT_TEXT_MAX = 200;
const DEFAULT_LONG_TEXT_MAX = 5000;
const DEFAULT_COUNT_MAX = 1_000_000;
const MONEY_MAX_FEN = 100_000_000_000_00; // 1000亿元, far above any township agreement

const trimToNull = (v: string | null | undefined): string | null => {
  const t = v?.trim();
  return t ? t : null;
};

function required<T>(schema: z.ZodType<T | null>, label: string, isRequired: boolean | undefined) {
  return isRequired ? schema.refine((v) => v !== null, { message: `${label}不能为空` }) : schema;
}

export function textSchema(label: string, max: number, isRequired?: boolean) {
  const base = z
    .string({ error: `${label}应为文字` })
    .max(max, `${label}不能超过${max}个字`)
    .nullish()
    .transform(trimToNull);
  return required(base, label, isRequired);
}

/** A month as the 月度考核 files it, 2026-11; 2026年11月, 2026.11 and 2026-1 are read as it. */
function yearMonthSchema(label: string, isRequired?: boolean) {
  const base = z
    .string({ error: `${label}应为年月` })
    .nullish()
    .transform(trimToNull)
    .transform((v) => {
      const m = v === null ? null : /^(\d{4})\s*[-年./]\s*(\d{1,2})\s*月?$/u.exec(v);
      return m ? `${m[1]}-${m[2]!.padStart(2, '0')}` : v;
    })
    .refine((v) => v === null || /^\d{4}-(0[1-9]|1[0-2])$/.test(v), { message: `${label}应为年月，如 2026-11` });
  return required(base, label, isRequired);
}

export function dateSchema(label: string, isRequired?: boolean) {
  const base = z
    .string({ error: `${label}应为日期` })
    .nullish()
    .transform(trimToNull)
    .refine((v) => v === null || (isValidDate(v) && v >= '1900-01-01' && v <= '2100-12-31'), {
      message: `${label}不是有效日期（应为 年-月-日，如 2026-03-05）`,
    });
  return required(base, label, isRequired);
}

function timeSchema(label: string) {
  return z
    .string({ error: `${label}应为时间` })
    .nullish()
    .transform(trimToNull)
    .refine((v) => v === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { message: `${label}不是有效时间（如 09:30）` });
}

export function countSchema(label: string, max: number, isRequired?: boolean) {
  const base = z
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负数`)
    .max(max, `${label}不能大于${max}`)
    .nullish()
    .transform((v) => v ?? null);
  return required(base, label, isRequired);
}

function choiceSchema(label: string, options: readonly CodeOption[], isRequired?: boolean) {
  const values = new Set(options.map((o) => o.value));
  const base = z
    .string({ error: `${label}应为文字` })
    .nullish()
    .transform(trimToNull)
    .superRefine((v, ctx) => {
      if (v !== null && !values.has(v))
        ctx.addIssue({ code: 'custom', message: `${label}“${v.slice(0, 20)}”不在可选范围内` });
    });
  return required(base, label, isRequired);
}

function choicesSchema(label: string, options: readonly CodeOption[], isRequired?: boolean) {
  const values = new Set(options.map((o) => o.value));
  return z
    .array(z.string({ error: `${label}应为文字` }), { error: `${label}应为列表` })
    .max(options.length, `${label}选项过多`)
    .nullish()
    .transform((v) => [...new Set(v ?? [])])
    .superRefine((v, ctx) => {
      const unknown = v.find((item) => !values.has(item));
      if (unknown !== undefined)
        ctx.addIssue({ code: 'custom', message: `${label}“${unknown.slice(0, 20)}”不在可选范围内` });
      if (isRequired && v.length === 0) ctx.addIssue({ code: 'custom', message: `${label}不能为空` });
    });
}

function namesSchema(label: string) {
  return z
    .array(
      z
        .string({ error: `${label}应为文字` })
        .trim()
        .min(1, `${label}不能为空`)
        .max(50, `${label}不能超过50个字`),
      {
        error: `${label}应为列表`,
      },
    )
    .max(10, `${label}最多10人`)
    .nullish()
    .transform((v) => [...new Set(v ?? [])]);
}

export function phoneSchema(label: string, isRequired?: boolean) {
  const base = textSchema(label, 30).refine((v) => v === null || /^[0-9+\-()（）\s转]{3,30}$/.test(v), {
    message: `${label}格式不正确（只能有数字、-、+、括号）`,
  });
  return required(base, label, isRequired);
}

export function idCardSchema(label: string, isRequired?: boolean) {
  const base = textSchema(label, 18)
    .transform((v) => v?.toUpperCase() ?? null)
    .superRefine((v, ctx) => {
      if (v === null) return;
      const parsed = parseIdCard(v);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
    });
  return required(base, label, isRequired);
}

function committeeSchema(label: string, isRequired?: boolean) {
  const base = z
    .number({ error: `请选择${label}` })
    .int(`${label}无效`)
    .positive(`${label}无效`)
    .nullish()
    .transform((v) => v ?? null);
  return isRequired ? base.refine((v) => v !== null, { message: `请选择${label}` }) : base;
}

/** §10.1 当事人信息块: one schema for every book and document. */
export const partySchema = z
  .strictObject({
    kind: choiceSchema('当事人类型', partyKinds).transform((v) => (v ?? '自然人') as PartyData['kind']),
    name: textSchema('姓名（名称）', 100, true),
    sex: choiceSchema('性别', sexes),
    ethnicity: choiceSchema('民族', ethnicities),
    birth_date: dateSchema('出生日期'),
    age: countSchema('年龄', 150),
    occupation: textSchema('职业或职务', 50),
    phone: phoneSchema('联系方式'),
    address: textSchema('单位或住址', 200),
    id_number: idCardSchema('身份证号码'),
    legal_rep: textSchema('法定代表人', 50),
  })
  .superRefine((p, ctx) => {
    if (p.birth_date && p.birth_date > todayIso()) {
      ctx.addIssue({ code: 'custom', path: ['birth_date'], message: '出生日期不能晚于今天' });
    }
  })
  .transform((p): PartyData => {
    const fromId = p.id_number ? parseIdCard(p.id_number) : null;
    const birth_date = fromId?.ok ? fromId.birthDate : p.birth_date;
    const isPerson = p.kind === '自然人';
    return {
      ...p,
      name: p.name as string,
      sex: isPerson ? (fromId?.ok ? fromId.sex : p.sex) : null,
      ethnicity: isPerson ? p.ethnicity : null,
      birth_date: isPerson ? birth_date : null,
      age: isPerson ? (birth_date ? ageOn(birth_date) : p.age) : null,
      legal_rep: isPerson ? null : p.legal_rep,
    };
  });

export type PartyInput = z.input<typeof partySchema>;

function partiesSchema(field: FieldDef) {
  const { min, max } = field.party ?? { min: 0, max: 20 };
  return z
    .array(partySchema, { error: `${field.label}应为列表` })
    .max(max, `${field.label}最多${max}人`)
    .nullish()
    .transform((v) => v ?? [])
    .refine((v) => v.length >= min, { message: `${field.label}至少填写${min}人` });
}

function linesSchema(label: string, max: number, minItems: number | undefined) {
  return z
    .array(z.string({ error: `${label}应为文字` }).max(max, `${label}每条不能超过${max}个字`), {
      error: `${label}应为列表`,
    })
    .max(50, `${label}最多50条`)
    .nullish()
    .transform((v) => (v ?? []).map((line) => line.trim()).filter(Boolean))
    .refine((v) => v.length >= (minItems ?? 0), { message: `${label}至少填写${minItems}项` });
}

function entriesSchema(field: FieldDef) {
  const entry = field.entry ?? { kind: '', fields: [], min: 0, max: 0 };
  const shape = Object.fromEntries(entry.fields.map((f) => [f.key, fieldSchema(f)]));
  // A field hidden for the entry's 类型 is emptied before it is checked: what was typed under another 类型 neither
  // lingers nor refuses the save.
  const blankHidden = (v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? withoutHidden(entry.fields, v as Record<string, unknown>)
      : v;
  return z
    .array(z.preprocess(blankHidden, z.strictObject(shape)) as unknown as z.ZodType<EntryData>, {
      error: `${field.label}应为列表`,
    })
    .max(entry.max, `${field.label}最多${entry.max}条`)
    .nullish()
    .transform((v) => v ?? [])
    .refine((v) => v.length >= entry.min, { message: `${field.label}至少填写${entry.min}条` });
}

export function fieldSchema(field: FieldDef): z.ZodType<RecordData[string]> {
  const { label, required: isRequired } = field;
  switch (field.type) {
    case 'text':
      if (field.yearMonth) return yearMonthSchema(label, isRequired);
      return textSchema(label, field.max ?? DEFAULT_TEXT_MAX, isRequired);
    case 'staff':
      return textSchema(label, field.max ?? 50, isRequired);
    case 'textarea':
      return textSchema(label, field.max ?? DEFAULT_LONG_TEXT_MAX, isRequired);
    case 'date':
      return dateSchema(label, isRequired);
    case 'time':
      return timeSchema(label);
    case 'int':
      return countSchema(label, field.max ?? DEFAULT_COUNT_MAX, isRequired);
    case 'money':
      return countSchema(label, field.max ?? MONEY_MAX_FEN, isRequired);
    case 'bool':
      return z
        .boolean({ error: `${label}应为“是”或“否”` })
        .nullish()
        .transform((v) => v ?? false);
    case 'select':
      return choiceSchema(label, field.options ?? [], isRequired);
    case 'multiselect':
      return choicesSchema(label, field.options ?? [], isRequired);
    case 'phone':
      return phoneSchema(label, isRequired);
    case 'idcard':
      return idCardSchema(label, isRequired);
    case 'mediators':
      return namesSchema(label);
    case 'committee':
      return committeeSchema(label, isRequired);
    case 'parties':
      return partiesSchema(field);
    case 'lines':
      return linesSchema(label, field.max ?? DEFAULT_LONG_TEXT_MAX, field.minItems);
    case 'names':
      return linesSchema(label, 50, field.minItems);
    case 'entries':
      return entriesSchema(field);
  }
}

const schemaCache = new Map<string, z.ZodType<RecordData, unknown>>();

/** The input schema of a register, derived from its definition; what the form and the API both check. */
export function recordSchema(def: RegisterDef): z.ZodType<RecordData, unknown> {
  const cached = schemaCache.get(def.key);
  if (cached) return cached;
  const fields = inputFields(def);
  const shape = Object.fromEntries(fields.map((field) => [field.key, fieldSchema(field)]));
  const labelOf = (key: string) => fields.find((x) => x.key === key)?.label ?? key;
  // A valid 身份证号 is authoritative for 出生日期 and 性别, so fill them before the required checks run.
  const fillFromIdCard = (input: unknown): unknown => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
    const out: Record<string, unknown> = { ...input };
    for (const field of fields) {
      const id = out[field.key];
      if (field.type !== 'idcard' || !field.fills || typeof id !== 'string') continue;
      const parsed = parseIdCard(id);
      if (parsed.ok) {
        out[field.fills.birthDate] = parsed.birthDate;
        out[field.fills.sex] = parsed.sex;
      }
    }
    return out;
  };
  const schema = z.preprocess(
    fillFromIdCard,
    z.strictObject(shape).superRefine((data, ctx) => {
      for (const rule of def.rules ?? []) {
        const earlier = data[rule.earlier];
        const later = data[rule.later];
        if (typeof earlier === 'string' && typeof later === 'string' && later < earlier) {
          ctx.addIssue({
            code: 'custom',
            path: [rule.later],
            message: `${labelOf(rule.later)}不能早于${labelOf(rule.earlier)}`,
          });
        }
      }
    }),
  ) as z.ZodType<RecordData, unknown>;
  schemaCache.set(def.key, schema);
  return schema;
}
