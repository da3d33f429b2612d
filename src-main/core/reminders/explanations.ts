import type { Reminder } from '../../../src-shared/rules';
import { explainDue } from './deadlines';
import type { KeptReminder } from './subjects';

// A kept reminder is written out with its explanation only when it is shown (see KeptReminder).

/** The reminder as the API sends it, with its explanation. */
export function shown(reminder: KeptReminder): Reminder {
  const { because, ...rest } = reminder;
  return { ...rest, explanation: 'text' in because ? because.text : explained(reminder, because) };
}

/**
 * Explanations written out, by kept reminder: 首页 shows the same soonest ones visit after visit, and spelling out
 * which working days were counted is most of what showing eighty of them costs.
 */
const explanations = new WeakMap<KeptReminder, string>();

function explained(
  reminder: KeptReminder,
  { calendar, rule, start }: Extract<KeptReminder['because'], { start: unknown }>,
): string {
  let text = explanations.get(reminder);
  if (text === undefined) explanations.set(reminder, (text = explainDue(calendar, rule, start)));
  return text;
}
