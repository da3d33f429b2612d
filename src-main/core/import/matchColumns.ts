import { registerDef } from '../../../src-shared/registers';
import type { FieldDef, RegisterDef, RegisterKey } from '../../../src-shared/registers';
import type { HeaderColumn } from './findTable';
import { flagGroupOf, flagGroupTarget } from './flagGroups';
import { bareLabel, normalLabel } from './labelText';
import { partyNameLabels, synonyms } from './synonyms';
import { isTarget, partyParts, splitTarget, type ImportTarget } from './targets';
import { valueKindOf, type ValueKind } from './valueKinds';

export type MatchKind = 'remembered' | 'label' | 'synonym' | 'values';

/** What a column of the file goes to, and why, in words the mapping shows the clerk. */
export interface ColumnMatch {
  readonly column: number;
  readonly label: string;
  readonly target: ImportTarget | null;
  readonly how: MatchKind | null;
  readonly reason: string;
}

/** label → target (or null: 不导入) as the clerk last set it for this book. */
export type RememberedMapping = Readonly<Record<string, ImportTarget | null>>;

const synonymIndex = new Map<string, string[]>();
for (const [key, labels] of Object.entries(synonyms))
  for (const label of labels) {
    const norm = normalLabel(label);
    synonymIndex.set(norm, [...(synonymIndex.get(norm) ?? []), key]);
  }

const partyFields = (def: RegisterDef) => def.fields.filter((f) => f.type === 'parties');

/** A synonym key in this book: '@date' is its main date, '@party…' its first party field. */
function resolveKey(def: RegisterDef, key: string): ImportTarget | null {
  if (key === '@date') return def.dateField;
  if (key.startsWith('@party')) {
    const first = partyFields(def)[0];
    return first ? key.replace('@party', first.key) : null;
  }
  return key;
}

/** A party field's label and the words for it (申请人, 申请人姓名, 甲方 …). */
const partyNames = (field: FieldDef) => [field.label, ...(synonyms[field.key] ?? [])].map(normalLabel);

/** The part of a party block a label names (姓名 → null for the name itself), or undefined. */
function partOf(label: string): string | null | undefined {
  if (partyNameLabels.some((l) => normalLabel(l) === label)) return null;
  for (const [part, word] of Object.entries(partyParts)) {
    if (normalLabel(word) === label || (synonyms[`@party.${part}`] ?? []).some((l) => normalLabel(l) === label))
      return part;
  }
  return undefined;
}

/** 来访人/身份证号 (a group title over the part) or 申请人身份证号 (run together) → applicants.id_number. */
function partyTarget(def: RegisterDef, group: string | null, own: string): ImportTarget | null {
  for (const field of partyFields(def)) {
    const names = partyNames(field);
    if (group !== null && names.includes(normalLabel(group))) {
      const part = partOf(normalLabel(own));
      if (part !== undefined) return part === null ? field.key : `${field.key}.${part}`;
    }
    if (group === null) {
      for (const name of names.sort((a, b) => b.length - a.length)) {
        if (!own.startsWith(name) || own === name) continue;
        const part = partOf(own.slice(name.length));
        if (part !== undefined) return part === null ? field.key : `${field.key}.${part}`;
      }
    }
  }
  return null;
}

function byLabel(def: RegisterDef, column: HeaderColumn): ImportTarget | null {
  const group = flagGroupOf(def, column.label);
  if (group) return flagGroupTarget(group);
  const label = normalLabel(column.label);
  const own = normalLabel(column.own);
  const party = partyTarget(def, column.group, own);
  if (party) return party;
  // The whole label first: 防止群体性上访（涉及人数） is its own field, not 防止群体性上访 with a unit.
  const field =
    def.fields.find((f) => normalLabel(f.label) === label || (column.group !== null && normalLabel(f.label) === own)) ??
    def.fields.find((f) => bareLabel(f.label) === bareLabel(column.label));
  return field && splitTarget(def, field.key) ? field.key : null;
}

function bySynonym(def: RegisterDef, column: HeaderColumn, taken: Set<string>): ImportTarget | null {
  for (const label of [column.label, column.own, bareLabel(column.label)]) {
    for (const key of synonymIndex.get(normalLabel(label)) ?? []) {
      const target = resolveKey(def, key);
      if (target && !taken.has(target) && splitTarget(def, target)) return target;
    }
  }
  return null;
}

function byValues(def: RegisterDef, kind: ValueKind, taken: Set<string>): ImportTarget | null {
  // A date column is the book's main date or nothing: 登记日期 and the rest are for the clerk to choose.
  if (kind === 'date') return taken.has(def.dateField) ? null : def.dateField;
  const own = def.fields.find((f) => f.type === kind && !taken.has(f.key));
  if (own) return own.key;
  const party = partyFields(def)[0];
  const part = kind === 'idcard' ? 'id_number' : 'phone';
  return party && !taken.has(`${party.key}.${part}`) ? `${party.key}.${part}` : null;
}

const VALUE_REASONS: Record<ValueKind, string> = {
  idcard: '这一列多为18位身份证号',
  phone: '这一列多为电话号码',
  date: '这一列多为日期',
};

/**
 * Each column's field of the book: as the clerk set it last time, then by its label (the book's own or a part of a
 * party block), its synonyms, and last by what its values look like. A field takes one column; a later column with
 * the same meaning is left unmatched with a reason, for the clerk to decide.
 */
export function matchColumns(
  register: RegisterKey,
  columns: readonly HeaderColumn[],
  samples: readonly (readonly string[])[],
  remembered: RememberedMapping = {},
): ColumnMatch[] {
  const def = registerDef(register);
  const taken = new Set<string>();
  const take = (column: HeaderColumn, target: ImportTarget | null, how: MatchKind | null, reason: string) => {
    if (target) taken.add(target);
    return { column: column.column, label: column.label, target, how, reason };
  };
  const matches = columns.map((column): ColumnMatch | null => {
    const rememberedTarget = remembered[column.label];
    if (rememberedTarget !== undefined && (rememberedTarget === null || isTarget(def, rememberedTarget))) {
      return take(
        column,
        rememberedTarget,
        'remembered',
        rememberedTarget ? '按上次导入时的对应' : '上次导入时选了不导入',
      );
    }
    const exact = byLabel(def, column);
    if (exact && !taken.has(exact)) return take(column, exact, 'label', '列名与登记簿的栏目相同');
    const synonym = bySynonym(def, column, taken);
    if (synonym) return take(column, synonym, 'synonym', `“${column.label}”是这一栏目的常见写法`);
    return null;
  });
  // Values decide only after every label has had its turn, so a labelled 身份证号 column is not taken by a guess.
  return matches.map((match, i) => {
    if (match) return match;
    const column = columns[i]!;
    const kind = valueKindOf(samples[i] ?? []);
    const target = kind ? byValues(def, kind, taken) : null;
    if (kind && target) return take(column, target, 'values', VALUE_REASONS[kind]);
    const known = byLabel(def, column) ?? bySynonym(def, column, new Set());
    const reason = known ? '同一栏目已由前面的列对应，请选择或不导入' : '登记簿没有对应的栏目，可放入备注或不导入';
    return take(column, null, null, reason);
  });
}

/** The first filled values of each column, for matchColumns to judge by. */
export function columnSamples(
  rows: readonly (readonly string[])[],
  dataRows: readonly number[],
  columns: readonly HeaderColumn[],
  count = 50,
): string[][] {
  return columns.map((c) =>
    dataRows
      .map((r) => rows[r]?.[c.column] ?? '')
      .filter((v) => v !== '')
      .slice(0, count),
  );
}
