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
