import type { Kysely } from 'kysely';
import type { DeadlineRule } from '../../../src-shared/rules';
import type { WorkCalendar } from '../../../src-shared/workdays';
import type { LedgerDatabase } from '../db/schema';
import { subjectReminders } from './deadlines';
import { loadSubjects } from './loading';
import { officeReminders } from './office';
import { sortReminders } from './ordering';
import { SUBJECT_REGISTERS, type KeptReminder, type SubjectRef, type SubjectRegister } from './subjects';

// Deadline reminders, computed on demand from the ledger (nothing is stored): for every enabled rule, every live
// person / case it applies to (read by loading.ts, worked out by deadlines.ts), and the office's own duties
// (office.ts), in the order of ordering.ts.

// The API handlers import these from here.
export { mergeReminders, sortReminders } from './ordering';
export { officeReminders } from './office';

type Db = Kysely<LedgerDatabase>;

/** Every open reminder (or only those of one person / case), soonest first. */
export async function computeReminders(
  db: Db,
  calendar: WorkCalendar,
  today: string,
  rules: readonly DeadlineRule[],
  only?: SubjectRef,
): Promise<KeptReminder[]> {
  const reminders = await subjectsReminders(
    db,
    calendar,
    today,
    rules,
    only ? { [only.register]: [only.id] } : undefined,
  );
  if (!only) reminders.push(...(await officeReminders(db, calendar, today, rules)));
  return sortReminders(reminders);
}

/** The reminders of every person and case that can owe something, or (`ids`) only of those, by register; unsorted. */
export async function subjectsReminders(
  db: Db,
  calendar: WorkCalendar,
  today: string,
  rules: readonly DeadlineRule[],
  ids?: Partial<Record<SubjectRegister, readonly number[]>>,
): Promise<KeptReminder[]> {
  const reminders: KeptReminder[] = [];
  for (const register of SUBJECT_REGISTERS) {
    if (ids && !ids[register]) continue;
    reminders.push(
      ...subjectReminders(calendar, today, rules, await loadSubjects(db, register, today, rules, ids?.[register])),
    );
  }
  return reminders;
}
