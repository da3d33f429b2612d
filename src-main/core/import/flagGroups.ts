import type { FieldDef, RegisterDef, ScalarValue } from '../../../src-shared/registers';
import { normalLabel } from './labelText';
import { splitOutsideBrackets } from './partyCells';

// 导出登记簿 writes a form section of flags with their 涉及人数 (the mediation case's four 防止激化 items) as one column
// titled by the section, listing those set: “防止群体性上访（12人）” a line, or 无 (reports/registerBook.ts). Such a
// column is one target, `section:防止激化`, read back into all the flags and counts.

const SECTION_TARGET = 'section:';

export interface FlagGroup {
  readonly section: string;
  readonly pairs: readonly { readonly flag: FieldDef; readonly persons: FieldDef }[];
}

function groupsOf(def: RegisterDef): FlagGroup[] {
  const pairs = def.fields.flatMap((flag) => {
    const persons = flag.type === 'bool' ? def.fields.find((f) => f.key === `${flag.key}_persons`) : undefined;
    return persons && flag.section ? [{ flag, persons }] : [];
  });
  const sections = [...new Set(pairs.map((p) => p.flag.section!))];
  return sections
    .map((section) => ({ section, pairs: pairs.filter((p) => p.flag.section === section) }))
    .filter((g) => g.pairs.length > 1);
}

export const flagGroupTarget = (group: FlagGroup): string => `${SECTION_TARGET}${group.section}`;

/** The group a target names, or a column label equal to a group's section. */
export function flagGroupOf(def: RegisterDef, targetOrLabel: string): FlagGroup | undefined {
  const name = normalLabel(
    targetOrLabel.startsWith(SECTION_TARGET) ? targetOrLabel.slice(SECTION_TARGET.length) : targetOrLabel,
  );
  return groupsOf(def).find((g) => normalLabel(g.section) === name);
}

export const allFlagGroups = groupsOf;

/** The flags and counts a group cell sets; every flag not named is 否. */
export function readFlagGroup(
  group: FlagGroup,
  text: string,
): { values: Record<string, ScalarValue> } | { unknown: string } {
  const values: Record<string, ScalarValue> = {};
  for (const { flag, persons } of group.pairs) {
    values[flag.key] = false;
    values[persons.key] = null;
  }
  const t = text.trim();
  if (t === '' || t === '无' || t === '否') return { values };
  for (const item of t.split(/\r?\n/).flatMap(splitOutsideBrackets)) {
    const m = /^(.+?)(?:[（(](\d+)人[）)])?$/u.exec(item)!;
    const pair = group.pairs.find((p) => normalLabel(p.flag.label) === normalLabel(m[1]!));
    if (!pair) return { unknown: item };
    values[pair.flag.key] = true;
    values[pair.persons.key] = m[2] === undefined ? null : Number(m[2]);
  }
  return { values };
}
