import { registerDef } from '../../../src-shared/registers';
import type { FieldDef, PartyData, RegisterDef, RegisterKey } from '../../../src-shared/registers';
import { allFlagGroups, flagGroupOf, flagGroupTarget } from './flagGroups';

/**
 * Where a column goes: a field key of the book (visit_date), or one part of a party field's blocks
 * (visitors.id_number): offices keep 来访人 as 姓名, 身份证号, 电话 columns side by side; or a group of flags
 * (section:防止激化, flagGroups.ts).
 */
export type ImportTarget = string;

export type PartyPart = Exclude<keyof PartyData, 'name'>;

/** The parts of a party block a column can fill, with the words the party form uses. */
export const partyParts: Readonly<Record<PartyPart, string>> = {
  kind: '当事人类型',
  sex: '性别',
  ethnicity: '民族',
  birth_date: '出生日期',
  age: '年龄',
  occupation: '职业或职务',
  phone: '联系方式',
  address: '单位或住址',
  id_number: '身份证号码',
  legal_rep: '法定代表人',
};

const isPartyPart = (part: string): part is PartyPart => part in partyParts;

/** Generated fields an old book may still hold: a case keeps its 卷号 (a clash is the batch's error, issue 21). */
const KEPT_GENERATED = new Set(['case_no']);

/** A target split into its field and, for a party field, the part. */
export function splitTarget(
  def: RegisterDef,
  target: ImportTarget,
): { field: FieldDef; part: PartyPart | null } | null {
  const [key, part] = target.split('.') as [string, string | undefined];
  const field = def.fields.find((f) => f.key === key);
  if (!field || field.type === 'entries') return null;
  if (field.generated && !KEPT_GENERATED.has(field.key)) return null;
  if (part === undefined) return { field, part: null };
  return field.type === 'parties' && isPartyPart(part) ? { field, part } : null;
}

/** A target the book has: a field, a party part, or a group of flags (flagGroups.ts). */
export function isTarget(def: RegisterDef, target: ImportTarget): boolean {
  return splitTarget(def, target) !== null || flagGroupOf(def, target) !== undefined;
}

/** Every target of a book, in the form's order, with the label the mapping shows (来访人·身份证号码). */
export function importTargets(register: RegisterKey): { target: ImportTarget; label: string }[] {
  const def = registerDef(register);
  const out: { target: ImportTarget; label: string }[] = [];
  for (const field of def.fields) {
    if (!splitTarget(def, field.key)) continue;
    out.push({ target: field.key, label: field.type === 'parties' ? `${field.label}·姓名` : field.label });
    if (field.type === 'parties')
      for (const [part, label] of Object.entries(partyParts))
        out.push({ target: `${field.key}.${part}`, label: `${field.label}·${label}` });
  }
  for (const group of allFlagGroups(def)) out.push({ target: flagGroupTarget(group), label: group.section });
  return out;
}

export function targetLabel(def: RegisterDef, target: ImportTarget): string {
  const split = splitTarget(def, target);
  if (!split) return flagGroupOf(def, target)?.section ?? target;
  if (split.field.type !== 'parties') return split.field.label;
  return `${split.field.label}·${split.part ? partyParts[split.part] : '姓名'}`;
}
