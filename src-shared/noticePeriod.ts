// 公示 (docs/spec/deadlines.md CC-13): an approved 审批事项 is posted at the 司法所 for five working days. The office
// posts on a working day, and that day is the first of the five: posted on 2026-09-29, it comes down after
// 2026-10-10 (9月29日、30日、10月8日、9日、10日（周六调休上班）; 国庆 not counted). Posted on a day off, the five are
// counted from the next working day.

import { NOTICE_WORKING_DAYS } from './correctionApprovals';
import { addWorkingDays, type WorkCalendar } from './workdays';

/** The last day of a 公示 begun on `start`; null when the holiday calendar lacks a year it runs into. */
export function noticeEnd(calendar: WorkCalendar, start: string): string | null {
  const working = calendar.isWorkingDay(start);
  if (working === null) return null;
  const due = addWorkingDays(calendar, start, working ? NOTICE_WORKING_DAYS - 1 : NOTICE_WORKING_DAYS);
  return due.ok ? due.due : null;
}
