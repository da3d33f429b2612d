import { readDate } from './dates';

// What a column's values look like, for a column whose label says nothing the book knows.

const ID_NUMBER = /^\d{17}[\dXx]$/;
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{7,8})$/;

export type ValueKind = 'idcard' | 'phone' | 'date';

/** The kind most of a column's filled cells have (four in five), or null. */
export function valueKindOf(samples: readonly string[]): ValueKind | null {
  const filled = samples.map((s) => s.trim()).filter(Boolean);
  if (filled.length === 0) return null;
  const share = (test: (s: string) => boolean) => filled.filter(test).length / filled.length;
  if (share((s) => ID_NUMBER.test(s)) >= 0.8) return 'idcard';
  if (share((s) => PHONE.test(s.replace(/\s/g, ''))) >= 0.8) return 'phone';
  if (share((s) => !/^\d{1,4}$/.test(s) && 'date' in readDate(s, 2000)) >= 0.8) return 'date';
  return null;
}
