import { registerKeys, type RegisterKey } from '../../../src-shared/registers';
import type { DeadlineRule, Reminder } from '../../../src-shared/rules';
import { behaviours } from '../registers/behaviour';
import type { WorkCalendar } from '../../../src-shared/workdays';

// What the reminder modules hand each other: the people and cases as loaded, and the reminders as kept, so that
// loading, the rules, the office's duties and the ordering can share them without importing one another.

/** The registers whose records have deadlines of their own: a `deadlines` entry in their row of the table. */
export const SUBJECT_REGISTERS: readonly RegisterKey[] = registerKeys.filter((key) => behaviours[key].deadlines);
export type SubjectRegister = RegisterKey;

export type SubjectRef = { register: RegisterKey; id: number };

/**
 * One event of a person / case as the rules read it: a 事件记录, a child-list entry or a field of the form that is one
 * (eventFields.ts); `result` only for 申请类 events. `date` is null for a field that holds no date (矫正小组成员
 * filled): it completes whatever waits for it and starts nothing.
 */
export type Dated = {
  type: string;
  date: string | null;
  result: string | null;
  /** Which entry it is, where one kind of list holds many (外出（七日以内）申请（2026-12-01收到）): said before the task. */
  about?: string;
  /** What its date is called in the explanation (收到申请日期), where not the event's name. */
  label?: string;
};

/** A live person / case with the columns and events its rules read. */
export type Subject = {
  register: RegisterKey;
  id: number;
  name: string;
  row: Record<string, unknown>;
  events: Dated[];
};

/** What a person's or case's deadline is counted from: its date now, its explanation only if shown. */
export type Start = { date: string; label: string; monthEnd: boolean; about?: string };

/**
 * A reminder as kept and sorted. Its explanation is worked out only when it is shown: a county has 45,000 reminders
 * and 首页 shows a hundred, and writing every one out was a fifth of working them all out (npm run bench).
 */
export interface KeptReminder extends Omit<Reminder, 'explanation'> {
  readonly because:
    { readonly text: string } | { readonly start: Start; readonly rule: DeadlineRule; readonly calendar: WorkCalendar };
}
