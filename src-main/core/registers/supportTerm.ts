import { supportTermEnd } from '../../../src-shared/resettlement';
import { viewOf, type RecordData } from '../../../src-shared/registers';
import { text } from '../../../src-shared/registers/read';
import type { RegisterRow } from '../db/schema';

/**
 * 帮教期满日期 of a 安置帮教对象, stored so the list sorts and filters by it and AB-08 counts from it: worked out on every
 * save from 人员类别 and 释放（解矫）日期, never typed.
 */
export function computeSupportTermEnd(_db: unknown, data: RecordData): Promise<RegisterRow> {
  const person = viewOf('resettlement', data);
  return Promise.resolve({ term_end: supportTermEnd(text(person, 'category'), text(person, 'release_date')) });
}
