// The office's holiday calendar (设置 → 节假日日历): a year the State Council has announced, entered by the clerk, or a
// shipped year corrected by the office. An office year replaces the shipped one whole — the notice is one document, so
// the clerk edits the whole year, and what is saved is exactly what the reminders use.

import { z } from 'zod';
import { isValidDate, weekday } from './dates';
import { dateSchema } from './registers/schema';
import { WEEKDAY_NAMES, type CalendarDay } from './workdays';

export const calendarSources = ['随应用提供', '本所录入'] as const;
export type CalendarSource = (typeof calendarSources)[number];

export interface CalendarYearView {
  year: number;
  source: CalendarSource;
  /** The app ships data for this year: removing the office's version brings it back. */
  shipped: boolean;
  holidays: CalendarDay[];
  workdays: CalendarDay[];
  /** When the office saved it (ISO timestamp); null for a shipped year. */
  savedAt: string | null;
}

export const CALENDAR_MIN_YEAR = 2000;
export const CALENDAR_MAX_YEAR = 2100;

export const calendarYearNumber = z
  .number({ error: '年份应为数字' })
  .int('年份应为整数')
  .min(CALENDAR_MIN_YEAR, `年份应在${CALENDAR_MIN_YEAR}到${CALENDAR_MAX_YEAR}之间`)
  .max(CALENDAR_MAX_YEAR, `年份应在${CALENDAR_MIN_YEAR}到${CALENDAR_MAX_YEAR}之间`);

const KINDS = {
  holidays: { label: '放假日期', name: '放假名称' },
  workdays: { label: '调休上班日期', name: '调休上班名称' },
} as const;

const dayRow = (kind: keyof typeof KINDS) =>
  z.strictObject({
    date: dateSchema(KINDS[kind].label, true).transform((v) => v as string),
    name: z
      .string({ error: `${KINDS[kind].name}应为文字` })
      .trim()
      .min(1, `请填写${KINDS[kind].name}（如“春节”）`)
      .max(30, `${KINDS[kind].name}不能超过30个字`),
  });

/**
 * Make-up working days (调休上班) must fall on a Saturday or Sunday: that is what 调休 is, and a weekday entered
 * there changes nothing (it is a working day anyway), so it can only be a mistyped date — refused rather than
 * warned about, because a silently ignored row would leave the office believing it had entered the notice.
 */
export const calendarYearSchema = z
  .strictObject({
    year: calendarYearNumber,
    holidays: z.array(dayRow('holidays'), { error: '放假日期应为列表' }).max(80, '放假日期最多80天'),
    workdays: z.array(dayRow('workdays'), { error: '调休上班日期应为列表' }).max(30, '调休上班日期最多30天'),
  })
  .superRefine((input, ctx) => {
    // Every announced year has at least 元旦; an empty year would pass for data and count every weekday as working.
    if (input.holidays.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['holidays'],
        message: `请至少录入一个放假日期（如${input.year}-01-01 元旦）`,
      });
    const seen = new Map<string, keyof typeof KINDS>();
    for (const kind of ['holidays', 'workdays'] as const) {
      const { label } = KINDS[kind];
      input[kind].forEach((day, i) => {
        const path = [kind, i, 'date'];
        // An impossible date has its own issue from dateSchema; zod still runs this refinement.
        if (!isValidDate(day.date)) return;
        if (!day.date.startsWith(`${input.year}-`)) {
          ctx.addIssue({ code: 'custom', path, message: `${label} ${day.date} 不在${input.year}年内` });
          return;
        }
        const before = seen.get(day.date);
        if (before === kind) ctx.addIssue({ code: 'custom', path, message: `${label} ${day.date} 重复` });
        else if (before) ctx.addIssue({ code: 'custom', path, message: `${day.date} 不能既是放假日又是调休上班日` });
        seen.set(day.date, kind);
        const wd = weekday(day.date);
        if (kind === 'workdays' && wd !== 0 && wd !== 6) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `调休上班日期 ${day.date} 是${WEEKDAY_NAMES[wd]!}，调休上班只能是周六或周日`,
          });
        }
      });
    }
  })
  .transform((input) => ({
    year: input.year,
    holidays: [...input.holidays].sort((a, b) => a.date.localeCompare(b.date)),
    workdays: [...input.workdays].sort((a, b) => a.date.localeCompare(b.date)),
  }));

export type CalendarYearInput = z.output<typeof calendarYearSchema>;
