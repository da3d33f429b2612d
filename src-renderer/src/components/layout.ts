import type { FieldDef } from '../../../src-shared/registers';

/** Width of a field in the form's 12-column grid: a third by default, long text and lists the whole row. */
export function fieldSpan(field: FieldDef): number {
  if (field.span) return field.span;
  const wide = ['textarea', 'mediators', 'multiselect', 'lines', 'names', 'entries', 'parties'];
  return wide.includes(field.type) ? 12 : 4;
}
