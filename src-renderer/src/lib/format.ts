import type { Lookups } from '../../../src-shared/handlers';
import { maskedKindOf, maskSensitive } from '../../../src-shared/mask';
import type { FieldDef, FieldValue, PartyData, RecordData } from '../../../src-shared/registers';

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as every screen shows it, in this computer's time: “2026-12-02 14:30”. Empty for a missing one. */
export function formatDateTime(at: string | number | Date | null | undefined): string {
  if (at === null || at === undefined || at === '') return '';
  const d = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The day of a moment: “2026-12-02”. */
export function formatDay(at: string | number | Date | null | undefined): string {
  return formatDateTime(at).slice(0, 10);
}

/** 分 → “1,234.50” 元 */
export function formatYuan(fen: number): string {
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function optionLabel(field: FieldDef, value: string): string {
  return field.options?.find((o) => o.value === value)?.label ?? value;
}

/** How a stored value reads in a list cell or the 回收站: 身份证号 and phones masked unless `reveal`. */
export function displayValue(field: FieldDef, value: FieldValue | undefined, lookups: Lookups, reveal = false): string {
  if (value === null || value === undefined || value === '') return '';
  if (maskedKindOf(field.type) && !reveal) return maskSensitive(String(value));
  switch (field.type) {
    case 'bool':
      return value ? '是' : '否';
    case 'money':
      return typeof value === 'number' ? formatYuan(value) : '';
    case 'select':
      return optionLabel(field, String(value));
    case 'multiselect':
      return Array.isArray(value) ? (value as string[]).map((v) => optionLabel(field, v)).join('、') : '';
    case 'mediators':
      return Array.isArray(value) ? (value as string[]).join('、') : '';
    case 'parties':
      return Array.isArray(value) ? (value as PartyData[]).map((p) => p.name).join('、') : '';
    case 'committee':
      return lookups.committees.find((c) => c.id === value)?.name ?? '';
    default:
      return String(value);
  }
}

/**
 * What an empty field reads as meanwhile (`pending` in its definition): 调解结果 is 在办 while the case has no
 * 结案日期. Undefined when the field has a value, or its `until` field has one.
 */
export function pendingText(field: FieldDef, values: Readonly<Record<string, unknown>>): string | undefined {
  const blank = (v: unknown) => v === null || v === undefined || v === '';
  if (!field.pending || !blank(values[field.key]) || !blank(values[field.pending.until])) return undefined;
  return field.pending.text;
}

/** A list cell: the value as displayValue reads it, or what an empty one stands for meanwhile (在办). */
export function cellValue(field: FieldDef, data: RecordData, lookups: Lookups, reveal: boolean): string {
  return pendingText(field, data) ?? displayValue(field, data[field.key], lookups, reveal);
}
