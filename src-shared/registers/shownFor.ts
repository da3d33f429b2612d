import type { FieldDef } from './types';

// A field of an entry shown only for some values of another of its fields (an 审批事项's 目的地 only for the 外出
// types): the form hides it, the schema stores it empty, the printed and logged record leaves it out.

/** Whether `field` belongs on `entry` as it now stands: always, unless its `shownFor` field holds another value. */
export function isShownOn(field: FieldDef, entry: Readonly<Record<string, unknown>>): boolean {
  const when = field.shownFor;
  if (!when) return true;
  const value = entry[when.field];
  return typeof value === 'string' && when.values.includes(value.trim());
}

/** `entry` with every field not shown on it emptied, so a value typed under another 类型 does not linger. */
export function withoutHidden<T extends Readonly<Record<string, unknown>>>(fields: readonly FieldDef[], entry: T): T {
  const hidden = fields.filter((f) => !isShownOn(f, entry) && entry[f.key] !== undefined && entry[f.key] !== null);
  if (hidden.length === 0) return entry;
  return { ...entry, ...Object.fromEntries(hidden.map((f) => [f.key, null])) };
}
