import { reminderStatuses, type Reminder, type ReminderList, type ReminderStatus } from '../../../src-shared/rules';
import { shown } from './explanations';
import type { KeptReminder } from './subjects';

/**
 * The reply of reminders.list: the sorted reminders, cut to the first `perStatus` of each status when asked. An office
 * that starts the app on years of old records can have thousands overdue; 首页 shows the soonest and the count, and
 * only those are written out with their explanation.
 */
export function listedReminders(sorted: readonly KeptReminder[], perStatus?: number): ReminderList {
  const totals = Object.fromEntries(reminderStatuses.map((s) => [s, 0])) as Record<ReminderStatus, number>;
  const reminders: Reminder[] = [];
  for (const reminder of sorted) {
    totals[reminder.status]++;
    if (perStatus === undefined || totals[reminder.status] <= perStatus) reminders.push(shown(reminder));
  }
  return { reminders, totals };
}
