import { addDays, parseDate } from './dates';
import type { Reminder } from './rules';

// A reminder as a clerk reads it: what to do and by when, in one sentence (“通信联络，并记录，下次应在12月9日前”).
// The rule number and how the date was counted stay behind 依据; nothing here shows a code or a formula.

type Due = Pick<Reminder, 'due' | 'daysLeft' | 'status' | 'recurring' | 'subject' | 'explanation'>;

/** “12月9日” within the year it is read in, “2027年1月5日” in another. */
export function dayInWords(iso: string, today: string): string {
  const d = parseDate(iso);
  const sameYear = d.year === parseDate(today).year;
  return `${sameYear ? '' : `${d.year}年`}${d.month}月${d.day}日`;
}

/** By when, in words: “下次应在12月9日前”, “今天（12月2日）到期”, “本应在11月30日前，已逾期2天”. */
export function dueClause(r: Due): string {
  if (r.due === null || r.daysLeft === null) return r.explanation;
  // The day it is read on, from the reminder itself: the renderer's clock may differ from the ledger's.
  const today = addDays(r.due, -r.daysLeft);
  const day = dayInWords(r.due, today);
  if (r.daysLeft < 0) return `本应在${day}前，已逾期${-r.daysLeft}天`;
  if (r.daysLeft === 0) return `今天（${day}）到期`;
  const next = r.recurring ? (r.subject ? '下次' : '本期') : '';
  return `${next}应在${day}前`;
}

/** The reminder's one line: the task and by when. */
export function reminderSentence(r: Due & Pick<Reminder, 'task'>): string {
  const task = r.task.replace(/[；，。\s]+$/u, '');
  return `${task}，${dueClause(r)}`;
}
