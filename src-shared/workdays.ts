// 期限计算：工作日（按中国法定节假日与调休）、自然日、周、月。
// Pure TypeScript — no node: imports; runs in the main process and in the renderer.
//
// Rules (docs/spec/deadlines.md):
// - "N 个工作日内" counts from the first working day AFTER the trigger; the Nth working day is the due date.
//   The trigger's own status (holiday, weekend) does not matter.
// - A year without calendar data is never computed silently as Monday–Friday: the result is
//   { ok: false, reason: 'no-calendar' } with a Chinese message.
// - n = 0 working days: due = the trigger date itself (“当日”), no calendar needed. Negative or
//   non-integer n throws RangeError (there is no “N 个工作日前” rule).
// - Calendar days / weeks / months: trigger + n (民法典第二百零一条: the start day is not counted);
//   months clamp to the month end (01-31 + 1 个月 = 02-28/29). Negative n is allowed
//   (e.g. “期满前 30 日”).

import {
  addDays,
  addMonths as addMonthsClamped,
  dateOfDayNumber,
  dayNumber,
  parseDate,
  weekday,
  type DateParts,
} from './dates';

export type CalendarDay = { date: string; name: string };
export type CalendarYear = { holidays: CalendarDay[]; workdays: CalendarDay[] };
export type CalendarData = { years: Record<string, CalendarYear> };

export type DayInfo = {
  working: boolean;
  /** '周六' | '周日' | holiday name ('国庆节、中秋节') | make-up day name ('国庆节调休上班') | '工作日' */
  reason: string;
};

export type DueResult =
  | {
      ok: true;
      due: string;
      /** the N working days (empty for calendar-day/week/month offsets) */
      counted: string[];
      /** holidays and weekends passed over (empty for calendar-day/week/month offsets) */
      skipped: { date: string; reason: string }[];
      explanation: string;
    }
  | { ok: false; reason: 'no-calendar'; year: number; message: string };

const DEFAULT_LABEL = '触发日';
export const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

function yearOf(iso: string): number {
  return parseDate(iso).year;
}

function checkInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what}必须是整数：${n}`);
}

// ---------------------------------------------------------------------------

export class WorkCalendar {
  private readonly years = new Set<number>();
  private readonly holidays = new Map<string, string>();
  private readonly workdays = new Map<string, string>();

  constructor(data: CalendarData) {
    for (const [key, year] of Object.entries(data.years)) {
      const y = Number(key);
      if (!Number.isInteger(y)) throw new RangeError(`日历年份无效：${key}`);
      this.years.add(y);
      for (const h of year.holidays) {
        parseDate(h.date);
        this.holidays.set(h.date, h.name);
      }
      for (const w of year.workdays) {
        parseDate(w.date);
        this.workdays.set(w.date, w.name);
      }
    }
  }

  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  /** Years with data, ascending. */
  yearList(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  /** null = no calendar data for that date's year. */
  isWorkingDay(date: string): boolean | null {
    const info = this.dayInfo(date);
    return info === null ? null : info.working;
  }

  dayInfo(date: string): DayInfo | null {
    if (!this.hasYear(yearOf(date))) return null;
    const makeUp = this.workdays.get(date);
    if (makeUp !== undefined) return { working: true, reason: makeUp };
    const holiday = this.holidays.get(date);
    if (holiday !== undefined) return { working: false, reason: holiday };
    const wd = weekday(date);
    if (wd === 0 || wd === 6) return { working: false, reason: WEEKDAY_NAMES[wd]! };
    return { working: true, reason: '工作日' };
  }

  /** True when the date is a 调休上班 day (a weekend day that is a working day). */
  isMakeUpWorkday(date: string): boolean {
    return this.hasYear(yearOf(date)) && this.workdays.has(date);
  }
}

export function noCalendarMessage(year: number): string {
  return `${year}年的节假日安排尚未录入，无法计算工作日，请在设置中录入`;
}

/**
 * trigger + n 个工作日. Counting starts the day after the trigger; the nth working day is the due date.
 * `label` names the trigger in the explanation ('报到', '受理', …).
 */
export function addWorkingDays(
  cal: WorkCalendar,
  trigger: string,
  n: number,
  label: string = DEFAULT_LABEL,
): DueResult {
  parseDate(trigger);
  checkInteger(n, '工作日数');
  if (n < 0) throw new RangeError(`工作日数不能为负数：${n}`);
  if (n === 0) {
    return {
      ok: true,
      due: trigger,
      counted: [],
      skipped: [],
      explanation: `${label} ${trigger} + 0 个工作日 = ${trigger}（当日）`,
    };
  }

  const counted: string[] = [];
  const skipped: { date: string; reason: string }[] = [];
  const holidaySkips: { date: string; reason: string }[] = [];
  let day = dayNumber(trigger);
  while (counted.length < n) {
    day += 1;
    const date = dateOfDayNumber(day);
    const info = cal.dayInfo(date);
    if (info === null) {
      const year = yearOf(date);
      return { ok: false, reason: 'no-calendar', year, message: noCalendarMessage(year) };
    }
    if (info.working) {
      counted.push(date);
    } else {
      skipped.push({ date, reason: info.reason });
      if (info.reason !== '周六' && info.reason !== '周日') holidaySkips.push({ date, reason: info.reason });
    }
  }
  const due = counted[counted.length - 1]!;

  // "9月30日、10月8日、9日、10日（周六调休上班）、12日"
  const triggerYear = parseDate(trigger).year;
  let prev: DateParts | null = null;
  const countedText = counted
    .map((date) => {
      const cur = parseDate(date);
      const text = shortDate(cur, prev, triggerYear);
      prev = cur;
      return cal.isMakeUpWorkday(date) ? `${text}（${WEEKDAY_NAMES[weekday(date)]!}调休上班）` : text;
    })
    .join('、');

  // "10月1日–7日国庆节放假不计" — consecutive holiday dates with the same name form one range.
  const runs: { from: string; to: string; name: string }[] = [];
  for (const s of holidaySkips) {
    const last = runs[runs.length - 1];
    if (last && last.name === s.reason && dayNumber(s.date) - dayNumber(last.to) === 1) last.to = s.date;
    else runs.push({ from: s.date, to: s.date, name: s.reason });
  }
  const runsText = runs
    .map((r) => {
      const a = parseDate(r.from);
      const start = shortDate(a, null, triggerYear);
      const range = r.from === r.to ? start : `${start}–${shortDate(parseDate(r.to), a, triggerYear)}`;
      return `${range}${r.name}放假`;
    })
    .join('，');

  const explanation =
    `${label} ${trigger} + ${n} 个工作日 = ${due}：${countedText}` + (runsText ? `；${runsText}不计` : '');
  return { ok: true, due, counted, skipped, explanation };
}

/**
 * Compact Chinese date for lists: the first item shows the month (and the year if it differs from
 * the trigger's year); later items show the year if it changes, the month if it changes, else only the day.
 */
function shortDate(cur: DateParts, prev: DateParts | null, baseYear: number): string {
  if (prev === null) return `${cur.year !== baseYear ? `${cur.year}年` : ''}${cur.month}月${cur.day}日`;
  if (cur.year !== prev.year) return `${cur.year}年${cur.month}月${cur.day}日`;
  if (cur.month !== prev.month) return `${cur.month}月${cur.day}日`;
  return `${cur.day}日`;
}

function calendarResult(trigger: string, due: string, n: number, unit: string, label: string, note = ''): DueResult {
  const sign = n < 0 ? '−' : '+';
  return {
    ok: true,
    due,
    counted: [],
    skipped: [],
    explanation: `${label} ${trigger} ${sign} ${Math.abs(n)} ${unit} = ${due}${note}`,
  };
}

/** trigger + n 自然日 ("受理 2026-03-01 + 30 日 = 2026-03-31"). */
export function addCalendarDays(trigger: string, n: number, label: string = DEFAULT_LABEL): DueResult {
  checkInteger(n, '天数');
  return calendarResult(trigger, addDays(trigger, n), n, '日', label);
}

/** trigger + n 周 (7n 自然日). */
export function addWeeks(trigger: string, n: number, label: string = DEFAULT_LABEL): DueResult {
  checkInteger(n, '周数');
  return calendarResult(trigger, addDays(trigger, 7 * n), n, '周', label);
}

/**
 * trigger + n 个月: same day-of-month in the target month; if that month has no such day,
 * its last day (民法典第二百零一条: 没有对应日的，月末日为期间的最后一日).
 */
export function addMonths(trigger: string, n: number, label: string = DEFAULT_LABEL): DueResult {
  checkInteger(n, '月数');
  const due = addMonthsClamped(trigger, n);
  // Both are valid dates by now: read by position, as this runs for every reminder counted in months.
  const note =
    due.slice(8) !== trigger.slice(8) ? `（${Number(due.slice(5, 7))}月无${Number(trigger.slice(8))}日，取月末）` : '';
  return calendarResult(trigger, due, n, '个月', label, note);
}
