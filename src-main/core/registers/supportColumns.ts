import { supportTermEnd } from '../../../src-shared/resettlement';
import { viewOf, type EntryData, type RecordData } from '../../../src-shared/registers';
import { text } from '../../../src-shared/registers/read';
import type { RegisterRow } from '../db/schema';

/**
 * The columns of a 安置帮教对象 worked out on every save, never typed twice:
 * - 帮教期满日期 from 人员类别 and 释放（解矫）日期, stored so the list sorts and filters by it and AB-08 counts from it;
 * - 社会适应指数等级 from the latest 评估 that gives one (its 评估后等级 is the 等级调整): the level the assessment
 *   rules (AB-05A/B) and the list's colour read. With no assessment yet, the level typed on the form stands.
 */
export function computeSupportColumns(_db: unknown, data: RecordData): Promise<RegisterRow> {
  return Promise.resolve(supportColumns(data));
}

/** The same, for a bulk load that cannot wait (bench/synthetic/ledger.ts). */
export function supportColumns(data: RecordData): RegisterRow {
  const person = viewOf('resettlement', data);
  const columns: RegisterRow = { term_end: supportTermEnd(text(person, 'category'), text(person, 'release_date')) };
  const level = latestLevel(Array.isArray(data['assessments']) ? (data['assessments'] as EntryData[]) : []);
  if (level !== null) columns['adaptation_level'] = level;
  return columns;
}

/** The 评估后等级 of the latest-dated assessment; of one day, the one entered last. */
function latestLevel(assessments: readonly EntryData[]): string | null {
  let found: { date: string; level: string } | null = null;
  for (const entry of assessments) {
    const { date, level } = entry;
    if (typeof date !== 'string' || typeof level !== 'string' || level === '') continue;
    if (found === null || date >= found.date) found = { date, level };
  }
  return found?.level ?? null;
}
