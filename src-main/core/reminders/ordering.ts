import type { KeptReminder } from './subjects';

// The one order reminders are kept and shown in, and how kept lists are put together without sorting them again.

/** Soonest first; ties in a fixed order (rule, then book and record), however the list was put together. */
export function compareReminders(a: KeptReminder, b: KeptReminder): number {
  return (
    compareText(a.due ?? '', b.due ?? '') ||
    compareText(a.ruleCode, b.ruleCode) ||
    compareText(a.subject?.register ?? '', b.subject?.register ?? '') ||
    (a.subject?.id ?? 0) - (b.subject?.id ?? 0) ||
    compareText(tie(a), tie(b))
  );
}

/** Two applications of one person due the same day: by what they count from. */
function tie(reminder: KeptReminder): string {
  const { because } = reminder;
  return 'text' in because ? because.text : `${because.start.date} ${because.start.label}`;
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

export function sortReminders(reminders: KeptReminder[]): KeptReminder[] {
  return reminders.sort(compareReminders);
}

/**
 * Two sorted lists as one, without sorting thousands of kept reminders again for a handful of new ones: each of `b`
 * is placed by binary search, and the runs of `a` between are copied without comparing (a county's 45,000 reminders
 * took 5 ms to merge one by one with the office's few duties on every 首页; npm run bench).
 */
export function mergeReminders(a: readonly KeptReminder[], b: readonly KeptReminder[]): KeptReminder[] {
  const merged: KeptReminder[] = [];
  let from = 0;
  for (const item of b) {
    const at = firstAfter(a, item, from);
    for (let i = from; i < at; i++) merged.push(a[i]!);
    merged.push(item);
    from = at;
  }
  for (let i = from; i < a.length; i++) merged.push(a[i]!);
  return merged;
}

/** The first index from `from` on whose reminder sorts after `item` (equal ones of `a` stay first). */
function firstAfter(a: readonly KeptReminder[], item: KeptReminder, from: number): number {
  let [low, high] = [from, a.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareReminders(a[middle]!, item) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
