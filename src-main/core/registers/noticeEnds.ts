import type { Kysely } from 'kysely';
import { noticeEnd } from '../../../src-shared/noticePeriod';
import type { EntryData, RecordData } from '../../../src-shared/registers';
import type { WorkCalendar } from '../../../src-shared/workdays';
import type { LedgerDatabase } from '../db/schema';
import { loadCalendar } from '../reminders/calendar';

// A 社区矫正对象's 审批事项 whose 公示 has begun get their 公示结束日期 from the holiday calendar when saved
// (src-shared/noticePeriod.ts), unless the clerk wrote one. A year the calendar lacks leaves it empty: saved again once
// the year is entered, it is filled.

const APPROVALS = 'approvals';

const filled = (value: unknown): value is string => typeof value === 'string' && value !== '';
const wantsEnd = (entry: EntryData) => filled(entry['notice_start']) && !filled(entry['notice_end']);

export async function fillNoticeEnds(db: Kysely<LedgerDatabase>, data: RecordData): Promise<RecordData> {
  const approvals = data[APPROVALS];
  if (!Array.isArray(approvals) || !(approvals as EntryData[]).some(wantsEnd)) return data;
  const calendar = await loadCalendar(db);
  return { ...data, [APPROVALS]: (approvals as EntryData[]).map((entry) => withEnd(calendar, entry)) };
}

function withEnd(calendar: WorkCalendar, entry: EntryData): EntryData {
  if (!wantsEnd(entry)) return entry;
  const end = noticeEnd(calendar, entry['notice_start'] as string);
  return end === null ? entry : { ...entry, notice_end: end };
}
