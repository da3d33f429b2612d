import type { reminderMethods } from '../../../src-shared/api/reminders';
import { loadCalendar, readCalendar, removeCalendarYear, saveCalendarYear } from '../reminders/calendar';
import { computeReminders, officeReminders, sortReminders } from '../reminders/engine';
import { listedReminders } from '../reminders/listed';
import { createRule, deleteRule, listRules, saveRule } from '../reminders/rules';
import { audited } from './audited';
import type { Implementations } from './implementation';

export const reminderHandlers: Implementations<keyof typeof reminderMethods> = {
  'reminders.list': async ({ db, today, reminderCache }, { subject, perStatus }) => {
    const [calendar, rules] = [await loadCalendar(db), await listRules(db)];
    if (subject) return listedReminders([await computeReminders(db, calendar, today, rules, subject)]);
    const people = await reminderCache.subjectReminders(db, calendar, today, rules);
    return listedReminders([people, sortReminders(await officeReminders(db, calendar, today, rules))], perStatus);
  },
  'rules.list': async ({ db }) => ({ rules: await listRules(db) }),
  'rules.save': (ctx, input) =>
    audited(ctx, saveRule(ctx.db, input), () => ({ action: 'settings', summary: `修改期限规则 ${input.code}` })),
  'rules.create': (ctx, input) =>
    audited(ctx, createRule(ctx.db, input), (rule) => ({ action: 'settings', summary: `新增期限规则 ${rule.code}` })),
  'rules.delete': (ctx, { code }) =>
    audited(ctx, deleteRule(ctx.db, code), () => ({ action: 'settings', summary: `删除期限规则 ${code}` })),
  'calendar.get': async ({ db }) => ({ years: await readCalendar(db) }),
  'calendar.saveYear': (ctx, input) =>
    audited(ctx, saveCalendarYear(ctx.db, input), (year) => ({
      action: 'settings',
      summary: `保存${year.year}年节假日安排`,
    })),
  'calendar.removeYear': async (ctx, { year }) =>
    audited(
      ctx,
      removeCalendarYear(ctx.db, year).then((years) => ({ years })),
      () => ({ action: 'settings', summary: `删除本所录入的${year}年节假日安排` }),
    ),
};
