import { reminderStatuses, type Reminder, type ReminderList, type ReminderStatus } from '../../../src-shared/rules';
import { shown } from './explanations';
import { mergeReminders } from './ordering';
import type { KeptReminder } from './subjects';

/**
 * Where each status stands in the kept order (soonest first, those without a date first): a status's reminders are
 * one run, in this order, so a run is found by binary search rather than by reading every reminder.
 */
const RANK: Record<ReminderStatus, number> = { 'no-calendar': 0, overdue: 1, today: 2, week: 3, later: 4 };
const BY_RANK = [...reminderStatuses].sort((a, b) => RANK[a] - RANK[b]);

/** The first index of `sorted` whose status ranks at or after `rank`. */
function firstOfRank(sorted: readonly KeptReminder[], rank: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (RANK[sorted[middle]!.status] < rank) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The reply of reminders.list from lists each sorted (the people's and cases' kept ones, the office's duties): the
 * reminders in order, cut to the first `perStatus` of each status when asked, and how many there are of each. An
 * office that starts the app on years of old records can have thousands overdue; 首页 shows the soonest and the
 * count, and only those are written out with their explanation. Each status's run is found by binary search and only
 * its first `perStatus` are merged, so showing 首页 again costs the same with ten thousand reminders as with a hundred.
 */
export function listedReminders(lists: readonly (readonly KeptReminder[])[], perStatus?: number): ReminderList {
  const totals = Object.fromEntries(reminderStatuses.map((s) => [s, 0])) as Record<ReminderStatus, number>;
  const reminders: Reminder[] = [];
  for (const status of BY_RANK) {
    let run: readonly KeptReminder[] = [];
    for (const sorted of lists) {
      const [from, to] = [firstOfRank(sorted, RANK[status]), firstOfRank(sorted, RANK[status] + 1)];
      totals[status] += to - from;
      const part = sorted.slice(from, perStatus === undefined ? to : Math.min(to, from + perStatus));
      run = run.length === 0 ? part : mergeReminders(run, part);
    }
    for (const reminder of perStatus === undefined ? run : run.slice(0, perStatus)) reminders.push(shown(reminder));
  }
  return { reminders, totals };
}
