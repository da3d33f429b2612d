import { z } from 'zod';
import { calendarYearNumber, calendarYearSchema, type CalendarYearView } from '../calendar';
import { ruleCreateSchema } from '../customRules';
import { ruleSaveSchema, type ReminderList, type StoredRule } from '../rules';
import { method } from './declare';
import { recordRef } from './refs';

// Deadlines: the reminders they raise, the rules that set them, and the holiday calendar they count workdays on.
// Rules and the calendar are the office's policy, so changing them is the administrator's.

export const reminderMethods = {
  /**
   * With `subject`: only that person's / case's reminders (the 时间线), every status. With `perStatus` (首页): at most
   * that many of each status, the soonest; `totals` still counts them all.
   */
  'reminders.list': method<ReminderList>()({
    input: z.strictObject({
      subject: recordRef.optional(),
      perStatus: z.number().int().min(1).max(10_000).optional(),
    }),
    access: 'staff',
    run: 'read',
  }),
  'rules.list': method<{ rules: StoredRule[] }>()({ input: z.strictObject({}), access: 'staff', run: 'read' }),
  'rules.save': method<StoredRule>()({ input: ruleSaveSchema, access: 'admin', run: 'write' }),
  'rules.create': method<StoredRule>()({ input: ruleCreateSchema, access: 'admin', run: 'write' }),
  'rules.delete': method<{ code: string }>()({
    input: z.strictObject({
      code: z.string({ error: '规则编号应为文字' }).trim().min(1, '请选择规则').max(20, '规则不存在'),
    }),
    access: 'admin',
    run: 'write',
  }),
  'calendar.get': method<{ years: CalendarYearView[] }>()({ input: z.strictObject({}), access: 'staff', run: 'read' }),
  'calendar.saveYear': method<CalendarYearView>()({ input: calendarYearSchema, access: 'admin', run: 'write' }),
  'calendar.removeYear': method<{ years: CalendarYearView[] }>()({
    input: z.strictObject({ year: calendarYearNumber }),
    access: 'admin',
    run: 'write',
  }),
};
