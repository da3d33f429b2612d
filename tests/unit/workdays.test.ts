import { describe, expect, it } from 'vitest';
import { daysBetween, weekday } from '../../src-shared/dates';
import holidayData from '../../resources/calendar/cn-holidays.json';
import {
  addCalendarDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  noCalendarMessage,
  WorkCalendar,
  type CalendarData,
  type DueResult,
} from '../../src-shared/workdays';

const data: CalendarData & { source: string } = holidayData;
const cal = new WorkCalendar(data);

function ok(r: DueResult): Extract<DueResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok result, got: ${r.message}`);
  return r;
}

function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

describe('cn-holidays.json sanity', () => {
  const years = Object.entries(data.years);

  it('covers 2024, 2025 and 2026 and names its source', () => {
    expect(Object.keys(data.years).sort()).toEqual(['2024', '2025', '2026']);
    expect(data.source).toMatch(/chinese-days/);
  });

  it.each(years)('%s: dates unique, in the right year, no date both holiday and workday', (year, y) => {
    const hol = y.holidays.map((h) => h.date);
    const work = y.workdays.map((w) => w.date);
    expect(new Set(hol).size).toBe(hol.length);
    expect(new Set(work).size).toBe(work.length);
    for (const d of [...hol, ...work]) expect(d).toMatch(new RegExp(`^${year}-\\d{2}-\\d{2}$`));
    expect(hol.filter((d) => work.includes(d))).toEqual([]);
    for (const h of [...y.holidays, ...y.workdays]) expect(h.name.length).toBeGreaterThan(0);
  });

  it.each(years)('%s: every 调休上班 day is a Saturday or Sunday and is named …调休上班', (_year, y) => {
    for (const w of y.workdays) {
      expect([0, 6], w.date).toContain(weekdayOf(w.date));
      expect(w.name).toMatch(/调休上班$/);
    }
  });

  // Known totals from the State Council notices. Days off listed = whole holiday periods incl. weekends.
  // Statutory holiday days: 11 until 2024; 13 from 2025 (除夕 and 5月2日 added, 国务院令第790号).
  // Invariant: weekday days off − 调休上班 days = statutory holiday days.
  const known: Record<string, { daysOff: number; makeUp: number; statutory: number }> = {
    '2024': { daysOff: 28, makeUp: 8, statutory: 11 },
    '2025': { daysOff: 28, makeUp: 5, statutory: 13 },
    '2026': { daysOff: 33, makeUp: 6, statutory: 13 },
  };
  it.each(years)('%s: plausible totals (days off, make-up days, statutory days)', (year, y) => {
    const k = known[year]!;
    expect(y.holidays.length).toBe(k.daysOff);
    expect(y.workdays.length).toBe(k.makeUp);
    const weekdayOff = y.holidays.filter((h) => ![0, 6].includes(weekdayOf(h.date))).length;
    expect(weekdayOff - y.workdays.length).toBe(k.statutory);
  });

  it('2026 National Day matches the worked example in deadlines.md (10-01..07 off, 10-08 and Sat 10-10 working)', () => {
    for (let d = 1; d <= 7; d++) expect(cal.isWorkingDay(`2026-10-0${d}`)).toBe(false);
    expect(cal.isWorkingDay('2026-10-08')).toBe(true);
    expect(cal.dayInfo('2026-10-10')).toEqual({ working: true, reason: '国庆节调休上班' });
  });

  it('2025 National Day + Mid-Autumn is one combined period 10-01..08', () => {
    expect(cal.dayInfo('2025-10-06')).toEqual({ working: false, reason: '国庆节、中秋节' });
    expect(cal.dayInfo('2025-10-08')).toEqual({ working: false, reason: '国庆节、中秋节' });
    expect(cal.dayInfo('2025-10-11')).toEqual({ working: true, reason: '国庆节、中秋节调休上班' });
  });
});

describe('WorkCalendar', () => {
  it('knows which years have data', () => {
    expect(cal.hasYear(2026)).toBe(true);
    expect(cal.hasYear(2027)).toBe(false);
    expect(cal.hasYear(2023)).toBe(false);
    expect(cal.yearList()).toEqual([2024, 2025, 2026]);
  });

  it('classifies days with a reason', () => {
    expect(cal.dayInfo('2026-03-07')).toEqual({ working: false, reason: '周六' });
    expect(cal.dayInfo('2026-03-08')).toEqual({ working: false, reason: '周日' });
    expect(cal.dayInfo('2026-03-09')).toEqual({ working: true, reason: '工作日' });
    expect(cal.dayInfo('2026-10-01')).toEqual({ working: false, reason: '国庆节' });
    expect(cal.dayInfo('2026-02-14')).toEqual({ working: true, reason: '春节调休上班' });
    expect(cal.dayInfo('2026-02-16')).toEqual({ working: false, reason: '春节' });
  });

  it('returns null (not a guess) for a year without data', () => {
    expect(cal.isWorkingDay('2027-03-01')).toBeNull();
    expect(cal.dayInfo('2023-06-05')).toBeNull();
  });

  it('rejects malformed dates', () => {
    expect(() => cal.dayInfo('2026-02-30')).toThrow(RangeError);
    expect(() => cal.dayInfo('2026/10/01')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('reproduces the worked example: 报到 2026-09-29 + 5 个工作日 = 2026-10-12', () => {
    const r = ok(addWorkingDays(cal, '2026-09-29', 5, '报到'));
    expect(r.due).toBe('2026-10-12');
    expect(r.counted).toEqual(['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12']);
    expect(r.skipped).toEqual([
      { date: '2026-10-01', reason: '国庆节' },
      { date: '2026-10-02', reason: '国庆节' },
      { date: '2026-10-03', reason: '国庆节' },
      { date: '2026-10-04', reason: '国庆节' },
      { date: '2026-10-05', reason: '国庆节' },
      { date: '2026-10-06', reason: '国庆节' },
      { date: '2026-10-07', reason: '国庆节' },
      { date: '2026-10-11', reason: '周日' },
    ]);
    // docs/spec/deadlines.md writes "国庆放假"; the official 2026 period is named 国庆节 (中秋节 2026 is 09-25..27, separate).
    expect(r.explanation).toBe(
      '报到 2026-09-29 + 5 个工作日 = 2026-10-12：9月30日、10月8日、9日、10日（周六调休上班）、12日；10月1日–7日国庆节放假不计',
    );
  });

  it('uses 触发日 as the default label', () => {
    expect(ok(addWorkingDays(cal, '2026-09-29', 5)).explanation).toMatch(
      /^触发日 2026-09-29 \+ 5 个工作日 = 2026-10-12：/,
    );
  });

  it('crosses the 2026 Spring Festival, counting both 调休 Saturdays (02-14, 02-28)', () => {
    const r = ok(addWorkingDays(cal, '2026-02-12', 3, '受理'));
    expect(r.due).toBe('2026-02-24');
    expect(r.counted).toEqual(['2026-02-13', '2026-02-14', '2026-02-24']);
    expect(r.skipped.map((s) => s.date)).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
    expect(r.explanation).toBe(
      '受理 2026-02-12 + 3 个工作日 = 2026-02-24：2月13日、14日（周六调休上班）、24日；2月15日–23日春节放假不计',
    );
    const longer = ok(addWorkingDays(cal, '2026-02-24', 4));
    expect(longer.counted).toEqual(['2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28']);
    expect(longer.explanation).toContain('28日（周六调休上班）');
  });

  it('counts a 调休 Saturday as a working day (2026-10-09 + 1 = Sat 10-10)', () => {
    const r = ok(addWorkingDays(cal, '2026-10-09', 1));
    expect(r.due).toBe('2026-10-10');
    expect(r.skipped).toEqual([]);
  });

  it('skips a plain weekend (Fri 2026-03-06 + 1 = Mon 03-09)', () => {
    const r = ok(addWorkingDays(cal, '2026-03-06', 1, '收到'));
    expect(r.due).toBe('2026-03-09');
    expect(r.skipped).toEqual([
      { date: '2026-03-07', reason: '周六' },
      { date: '2026-03-08', reason: '周日' },
    ]);
    expect(r.explanation).toBe('收到 2026-03-06 + 1 个工作日 = 2026-03-09：3月9日');
  });

  it('crosses the year boundary respecting 元旦 2026 and its 调休 Sunday 01-04', () => {
    const r = ok(addWorkingDays(cal, '2025-12-29', 5, '报到'));
    expect(r.counted).toEqual(['2025-12-30', '2025-12-31', '2026-01-04', '2026-01-05', '2026-01-06']);
    expect(r.due).toBe('2026-01-06');
    expect(r.explanation).toBe(
      '报到 2025-12-29 + 5 个工作日 = 2026-01-06：12月30日、31日、2026年1月4日（周日调休上班）、5日、6日；2026年1月1日–3日元旦放假不计',
    );
  });

  it('groups a combined holiday period into one range (2025 国庆节、中秋节)', () => {
    const r = ok(addWorkingDays(cal, '2025-09-30', 1));
    expect(r.due).toBe('2025-10-09');
    expect(r.explanation).toBe(
      '触发日 2025-09-30 + 1 个工作日 = 2025-10-09：10月9日；10月1日–8日国庆节、中秋节放假不计',
    );
  });

  it('lists several holiday periods separately', () => {
    // 2024-09-13 (Fri) + 12: 9-14 调休, 中秋 9-15..17, … 国庆 10-01..07
    const r = ok(addWorkingDays(cal, '2024-09-13', 12));
    expect(r.explanation).toContain('9月15日–17日中秋节放假，10月1日–7日国庆节放假不计');
    expect(r.counted[0]).toBe('2024-09-14');
  });

  it('refuses to compute in a year without data — no date, a Chinese message', () => {
    const r = addWorkingDays(cal, '2026-12-30', 5);
    expect(r).toEqual({
      ok: false,
      reason: 'no-calendar',
      year: 2027,
      message: '2027年的节假日安排尚未录入，无法计算工作日，请在设置中录入',
    });
    expect('due' in r).toBe(false);

    const old = addWorkingDays(cal, '2023-06-01', 1);
    expect(old).toMatchObject({ ok: false, year: 2023, message: noCalendarMessage(2023) });
  });

  it('a trigger in a missing year is fine if the counted days are in a known year', () => {
    const r = ok(addWorkingDays(cal, '2023-12-31', 1));
    expect(r.due).toBe('2024-01-02'); // 2024-01-01 元旦
  });

  it('a trigger on a holiday counts from the next working day', () => {
    const r = ok(addWorkingDays(cal, '2026-10-03', 3, '报到'));
    expect(r.counted).toEqual(['2026-10-08', '2026-10-09', '2026-10-10']);
    expect(r.explanation).toBe(
      '报到 2026-10-03 + 3 个工作日 = 2026-10-10：10月8日、9日、10日（周六调休上班）；10月4日–7日国庆节放假不计',
    );
  });

  it('n = 0 means 当日: due is the trigger itself, even on a holiday, without needing calendar data', () => {
    expect(ok(addWorkingDays(cal, '2026-10-01', 0, '报到'))).toEqual({
      ok: true,
      due: '2026-10-01',
      counted: [],
      skipped: [],
      explanation: '报到 2026-10-01 + 0 个工作日 = 2026-10-01（当日）',
    });
    expect(ok(addWorkingDays(cal, '2030-01-01', 0)).due).toBe('2030-01-01');
  });

  it('rejects negative or fractional n and bad dates', () => {
    expect(() => addWorkingDays(cal, '2026-10-01', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-10-01', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-13-01', 1)).toThrow(RangeError);
  });

  it('works with a hand-entered calendar (as from settings)', () => {
    const custom = new WorkCalendar({
      years: { '2027': { holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] } },
    });
    expect(ok(addWorkingDays(custom, '2026-12-31', 1)).due).toBe('2027-01-04'); // 1-1 元旦, 1-2/1-3 weekend
  });
});

describe('calendar-day, week and month offsets', () => {
  it('adds calendar days', () => {
    expect(addCalendarDays('2026-03-01', 30, '受理')).toEqual({
      ok: true,
      due: '2026-03-31',
      counted: [],
      skipped: [],
      explanation: '受理 2026-03-01 + 30 日 = 2026-03-31',
    });
    expect(ok(addCalendarDays('2026-12-20', 15)).due).toBe('2027-01-04');
    expect(ok(addCalendarDays('2028-02-28', 1)).due).toBe('2028-02-29'); // leap year, no holiday data needed
    expect(ok(addCalendarDays('2027-02-28', 1)).due).toBe('2027-03-01');
    expect(ok(addCalendarDays('2026-10-01', 0)).due).toBe('2026-10-01');
  });

  it('supports negative calendar days (期满前 30 日)', () => {
    const r = ok(addCalendarDays('2026-12-31', -30, '期满'));
    expect(r.due).toBe('2026-12-01');
    expect(r.explanation).toBe('期满 2026-12-31 − 30 日 = 2026-12-01');
  });

  it('agrees with Date on every day from 1899 to 2101 (the arithmetic reminders use instead of Date objects)', () => {
    const start = Date.UTC(1899, 0, 1);
    for (let day = 0; day < 203 * 366; day++) {
      const iso = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
      const next = new Date(start + (day + 1) * 86_400_000).toISOString().slice(0, 10);
      if (ok(addCalendarDays(iso, 1)).due !== next) throw new Error(`${iso} + 1 日 ≠ ${next}`);
      if (weekday(iso) !== weekdayOf(iso)) throw new Error(`weekday ${iso}`);
      if (daysBetween('1970-01-01', iso) !== Math.round((start + day * 86_400_000) / 86_400_000))
        throw new Error(`daysBetween ${iso}`);
      if (
        day % 97 === 0 &&
        ok(addWeeks(iso, 3)).due !== new Date(start + (day + 21) * 86_400_000).toISOString().slice(0, 10)
      ) {
        throw new Error(`${iso} + 3 周`);
      }
    }
    expect(() => addCalendarDays('2026-02-29', 1)).toThrow('无效日期');
    expect(() => addCalendarDays('2026-1-05', 1)).toThrow('无效日期');
    expect(() => addCalendarDays(' 2026-01-05', 1)).toThrow('无效日期');
    expect(() => addCalendarDays('+026-01-05', 1)).toThrow('无效日期');
  });

  it('adds weeks', () => {
    const r = ok(addWeeks('2026-12-28', 1, '走访'));
    expect(r.due).toBe('2027-01-04');
    expect(r.explanation).toBe('走访 2026-12-28 + 1 周 = 2027-01-04');
  });

  it('adds months with month-end clamping and leap years', () => {
    expect(ok(addMonths('2026-01-31', 1)).due).toBe('2026-02-28');
    expect(ok(addMonths('2028-01-31', 1)).due).toBe('2028-02-29');
    expect(ok(addMonths('2028-02-29', 12)).due).toBe('2029-02-28');
    expect(ok(addMonths('2026-03-31', 1)).due).toBe('2026-04-30');
    expect(ok(addMonths('2026-01-15', 1)).due).toBe('2026-02-15');
    expect(ok(addMonths('2026-11-30', 3)).due).toBe('2027-02-28');
    expect(ok(addMonths('2026-03-31', -1)).due).toBe('2026-02-28');
    expect(ok(addMonths('2026-01-10', -1)).due).toBe('2025-12-10');
    expect(ok(addMonths('2026-01-31', 1, '入帮')).explanation).toBe(
      '入帮 2026-01-31 + 1 个月 = 2026-02-28（2月无31日，取月末）',
    );
    expect(ok(addMonths('2026-05-10', 3, '入帮')).explanation).toBe('入帮 2026-05-10 + 3 个月 = 2026-08-10');
  });
});

describe('daysBetween (days left to a due date)', () => {
  it('counts days left (positive), due today (0) and overdue (negative)', () => {
    expect(daysBetween('2026-09-29', '2026-10-12')).toBe(13);
    expect(daysBetween('2026-10-12', '2026-10-12')).toBe(0);
    expect(daysBetween('2026-10-15', '2026-10-12')).toBe(-3);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
  });
});
