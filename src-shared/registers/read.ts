// Accessors for record data read through a typed view (view.ts): each takes only keys of fields of its kind that the
// view's register has, and turns loose JSON into what the reader expects without casts or null checks.
import type { DataOf, EntryFieldsOf, KeyOfType } from './view';
import type { EntryData, FieldDef, FieldType, PartyData } from './types';

/** Types read as one value; lists, parties and child lists have their own accessors. */
type ScalarType = Exclude<FieldType, 'parties' | 'entries' | 'multiselect' | 'mediators' | 'lines' | 'names'>;

/** A text value, trimmed; numbers read as their digits; anything else (or blank) is null. */
export function text<F extends FieldDef>(data: DataOf<F>, key: NoInfer<KeyOfType<F, ScalarType>>): string | null {
  const value = data[key];
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function int<F extends FieldDef>(
  data: DataOf<F>,
  key: NoInfer<KeyOfType<F, 'int' | 'money' | 'committee'>>,
): number | null {
  const value = data[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A 是/否 field: true only when set. */
export function flag<F extends FieldDef>(data: DataOf<F>, key: NoInfer<KeyOfType<F, 'bool'>>): boolean {
  return data[key] === true;
}

/** A list of strings (协议条款, 人民调解员, 工作人员), blanks dropped. */
export function strings<F extends FieldDef>(
  data: DataOf<F>,
  key: NoInfer<KeyOfType<F, 'multiselect' | 'mediators' | 'lines' | 'names'>>,
): string[] {
  const value = data[key];
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is string => typeof item === 'string')
    .map((s) => s.trim())
    .filter(Boolean);
}

function isParty(item: unknown): item is PartyData {
  return typeof item === 'object' && item !== null && 'kind' in item && 'name' in item;
}

export function parties<F extends FieldDef>(data: DataOf<F>, key: NoInfer<KeyOfType<F, 'parties'>>): PartyData[] {
  const value: unknown = data[key];
  return Array.isArray(value) ? value.filter(isParty) : [];
}

function isEntry(item: unknown): item is EntryData {
  return typeof item === 'object' && item !== null && !Array.isArray(item);
}

/** The entries of a child list, each a view of the list's own fields. */
export function entries<F extends FieldDef, K extends KeyOfType<F, 'entries'>>(
  data: DataOf<F>,
  key: K,
): DataOf<EntryFieldsOf<F, K>>[] {
  const value: unknown = data[key];
  return Array.isArray(value) ? (value.filter(isEntry) as DataOf<EntryFieldsOf<F, K>>[]) : [];
}
