import { definitions } from './definitions';
import type { FieldDef, RegisterDef, RegisterKey } from './types';

export * from './types';
export type { Definitions } from './definitions';
export * from './view';
export { isShownOn, withoutHidden } from './shownFor';

/** The 七簿二册 in the order the handbook lists them, then the 报送 records the quotas count (工作信息). */
export const registers: readonly RegisterDef[] = [
  definitions.petition,
  definitions.studyMeeting,
  definitions.legalPublicity,
  definitions.mediationCase,
  definitions.disputeScreening,
  definitions.typicalCase,
  definitions.legalAid,
  definitions.mediator,
  definitions.correctionSubject,
  definitions.resettlement,
  definitions.workInfo,
];

export const registerKeys = registers.map((r) => r.key) as [RegisterKey, ...RegisterKey[]];

const byKey = new Map(registers.map((r) => [r.key, r]));

export function registerDef(key: RegisterKey): RegisterDef {
  const def = byKey.get(key);
  if (!def) throw new Error(`unknown register ${key}`);
  return def;
}

export function fieldDef(def: RegisterDef, key: string): FieldDef | undefined {
  return def.fields.find((field) => field.key === key);
}

/** Fields a clerk enters (everything but generated ones). */
export function inputFields(def: RegisterDef): FieldDef[] {
  return def.fields.filter((field) => !field.generated);
}

/** Fields stored as columns of the register's own table. */
const columnFieldsOf = new WeakMap<RegisterDef, readonly FieldDef[]>();

/** The fields stored in the record's own table (not parties nor child lists); asked for every row a list decodes. */
export function columnFields(def: RegisterDef): readonly FieldDef[] {
  let fields = columnFieldsOf.get(def);
  if (!fields)
    columnFieldsOf.set(
      def,
      (fields = def.fields.filter((field) => field.type !== 'parties' && field.type !== 'entries')),
    );
  return fields;
}

/** A list column the clerk can sort by clicking its header: not the ones holding several values. */
export function isSortable(field: FieldDef): boolean {
  return field.type !== 'parties' && field.type !== 'multiselect' && field.type !== 'mediators';
}

/** How one party block of a field is titled in forms and messages: 申请人第2人, or 来访人 where only one is allowed. */
export function partyLegend(field: FieldDef, index: number): string {
  return (field.party?.max ?? 2) > 1 ? `${field.label}第${index + 1}人` : field.label;
}

/** What a list filter by a date's year is called: 帮教期满日期 → 帮教期满年份. */
export function yearFilterLabel(field: FieldDef): string {
  return `${field.label.replace(/日期$/u, '')}年份`;
}
