import type { RegisterKey } from '../../../src-shared/registers';
import type { DeadlineRule, Reminder } from '../../../src-shared/rules';
import type { WorkCalendar } from '../../../src-shared/workdays';

// What the reminder modules hand each other: the people and cases as loaded, and the reminders as kept. Types only,
// so that loading, the rules, the office's duties and the ordering can share them without importing one another.

/** The registers whose records have deadlines of their own: people under correction and mediation cases. */
export const SUBJECT_REGISTERS = ['correctionSubject', 'mediationCase'] as const satisfies readonly RegisterKey[];
export type SubjectRegister = (typeof SUBJECT_REGISTERS)[number];

export type SubjectRef = { register: RegisterKey; id: number };

/** One event (or 实地查访 entry) of a person / case, as the rules read it; `result` only for 申请类 events. */
export type Dated = { type: string; date: string; result: string | null };

/** A live person / case with the columns and events its rules read. */
export type Subject = {
  register: RegisterKey;
  id: number;
  name: string;
  row: Record<string, unknown>;
  events: Dated[];
};

/** What a person's or case's deadline is counted from: its date now, its explanation only if shown. */
export type Start = { date: string; label: string; monthEnd: boolean };

/**
 * A reminder as kept and sorted. Its explanation is worked out only when it is shown: a county has 45,000 reminders
 * and 首页 shows a hundred, and writing every one out was a fifth of working them all out (npm run bench).
 */
export interface KeptReminder extends Omit<Reminder, 'explanation'> {
  readonly because:
    { readonly text: string } | { readonly start: Start; readonly rule: DeadlineRule; readonly calendar: WorkCalendar };
}
