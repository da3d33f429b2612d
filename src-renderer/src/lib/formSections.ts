import type { FieldDef, PartyData, RegisterDef } from '../../../src-shared/registers';
import type { FormValue, FormValues } from './formValues';

// A form's sections as its definition orders them, and how far each is filled in: what the section index shows.

/** The heading a field without one sits under. */
const DEFAULT_SECTION = '基本信息';

/** A book's form gets a section index when it has more sections than this. */
export const INDEX_MIN_SECTIONS = 3;

/** The form's sections in the order their first fields appear in the definition, each with its fields. */
export function formSections(def: RegisterDef): [string, FieldDef[]][] {
  const grouped = new Map<string, FieldDef[]>();
  for (const field of def.fields) {
    const name = field.section ?? DEFAULT_SECTION;
    grouped.set(name, [...(grouped.get(name) ?? []), field]);
  }
  return [...grouped.entries()];
}

/** The element id of a section of a book's form, the target the index jumps to. */
export function sectionAnchor(def: RegisterDef, section: string): string {
  return `section-${def.key}-${section}`;
}

/**
 * - done: something entered, nothing missing (✓)
 * - incomplete: something entered, but a required item is missing or wrong
 * - due: the next stage of the workflow to fill in
 * - ahead: a later stage, not reached yet
 * - skipped: empty, though a later stage is filled (an optional stage passed over, as 调查 often is)
 * - empty: an empty section that is not a stage
 */
export type SectionState = 'done' | 'incomplete' | 'due' | 'ahead' | 'skipped' | 'empty';

export const sectionStateLabels: Record<SectionState, string> = {
  done: '已填',
  incomplete: '待补',
  due: '待填',
  ahead: '未到',
  skipped: '未填',
  empty: '未填',
};

export interface SectionProgress {
  name: string;
  state: SectionState;
  isStage: boolean;
}

/**
 * Whether the clerk has entered something in a field. Values a new form starts with (登记日期 today, 登记人, 汉族) and
 * the system's own (卷号) are not the clerk's work, so they do not make a section look filled.
 */
function entered(field: FieldDef, value: FormValue | undefined): boolean {
  if (field.generated || field.initial !== undefined) return false;
  if (value === null || value === undefined || value === '' || value === false) return false;
  if (field.type === 'parties') return (value as PartyData[]).some((party) => party.name.trim() !== '');
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * How far each section is filled in. `errors` are the form's field errors keyed by path (`applicants.0.name`); a
 * section holds those whose first key is one of its fields.
 */
export function sectionProgress(
  def: RegisterDef,
  values: FormValues,
  errors: Readonly<Record<string, string>>,
): SectionProgress[] {
  const stages = def.stages ?? [];
  const errorKeys = new Set(Object.keys(errors).map((path) => path.split('.')[0]));
  const sections = formSections(def).map(([name, fields]) => ({
    name,
    isStage: stages.includes(name),
    filled: fields.some((field) => entered(field, values[field.key])),
    wrong: fields.some((field) => errorKeys.has(field.key)),
  }));
  const lastFilledStage = sections.reduce((last, s, i) => (s.isStage && s.filled ? i : last), -1);
  const due = sections.findIndex((s, i) => s.isStage && !s.filled && i > lastFilledStage);
  return sections.map((s, i) => ({
    name: s.name,
    isStage: s.isStage,
    state: s.filled
      ? s.wrong
        ? 'incomplete'
        : 'done'
      : !s.isStage
        ? 'empty'
        : i < lastFilledStage
          ? 'skipped'
          : i === due
            ? 'due'
            : 'ahead',
  }));
}
