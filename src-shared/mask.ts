// Privacy: 身份证号 and phone numbers are masked wherever many records are shown at once (lists, register
// book exports) unless the clerk chooses to show them; the record page shows the full value. One function for all.

export type MaskedKind = 'idcard' | 'phone';

// Both keep the area/carrier prefix and the last four digits, as banks and 12368 notices do.
const KEEP_HEAD = 3;
const KEEP_TAIL = 4;

/** `110101199003071234` → `110***********1234`; `13812345678` → `138****5678`; short or empty values pass through. */
export function maskSensitive(value: string | null | undefined): string {
  const text = (value ?? '').trim();
  if (text.length <= KEEP_HEAD + KEEP_TAIL) return text;
  return text.slice(0, KEEP_HEAD) + '*'.repeat(text.length - KEEP_HEAD - KEEP_TAIL) + text.slice(-KEEP_TAIL);
}

/** Field types whose values are masked (registers/types.ts `idcard`, `phone`). */
export function maskedKindOf(fieldType: string): MaskedKind | null {
  return fieldType === 'idcard' || fieldType === 'phone' ? fieldType : null;
}

/**
 * Whether a register book prints 身份证号 and phones in full (the office's own 登记簿 or 花名册, printed and filed) or
 * masked (a copy handed to others). The export dialog offers both, full first, and the 操作日志 records which.
 */
export const numberChoices = ['full', 'masked'] as const;
export type NumberChoice = (typeof numberChoices)[number];

export const NUMBER_CHOICE_TEXT: Record<NumberChoice, { label: string; purpose: string; logged: string }> = {
  full: {
    label: '完整号码',
    purpose: '打印本所存档的正式登记簿、花名册时选用。',
    logged: '身份证号、电话号码完整',
  },
  masked: {
    label: '遮盖部分号码',
    purpose: '交给其他单位或个人的副本选用：只显示前三位和后四位。',
    logged: '身份证号、电话号码已遮盖',
  },
};

/** A book that holds 身份证号 or phone numbers, in its own fields or its 当事人. */
export function holdsMaskedNumbers(fields: readonly { type: string }[]): boolean {
  return fields.some((field) => maskedKindOf(field.type) !== null || field.type === 'parties');
}
