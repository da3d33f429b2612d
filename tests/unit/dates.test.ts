import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  ageOnDocumentDate,
  chineseDate,
  chineseMonth,
  dateOfDayNumber,
  dateParts,
  dayNumber,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isoDate,
  isoMonth,
  lastDayOfMonth,
  monthOf,
  monthsAfter,
  parseDate,
  todayIso,
  weekday,
} from '../../src-shared/dates';

describe('leap years and month lengths', () => {
  it('follows the Gregorian rule: every 4th year, not every 100th, yet every 400th', () => {
    expect([2024, 2028, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2026, 1900, 2100, 2023].map(isLeapYear)).toEqual([false, false, false, false]);
  });

  it('gives February 29 days in a leap year only', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
    expect(lastDayOfMonth(2028, 2)).toBe('2028-02-29');
  });
});

describe('parsing', () => {
  it('reads a valid date and refuses anything else', () => {
    expect(parseDate('2026-10-12')).toEqual({ year: 2026, month: 10, day: 12 });
    expect(dateParts('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-1-5', '20261012', '2026年10月12日', ''])
      expect(dateParts(bad), bad).toBeNull();
    expect(() => parseDate('2026-02-30')).toThrow('无效日期：2026-02-30');
  });

  it('writes dates and months with leading zeros', () => {
    expect(isoDate(2026, 3, 5)).toBe('2026-03-05');
    expect(isoMonth(2026, 3)).toBe('2026-03');
    expect(monthOf('2026-03-05')).toEqual({ year: 2026, month: 3 });
  });
});

describe('days', () => {
  it('counts days between, negative backwards, across a leap day and a year boundary', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-10-12', 0)).toBe('2026-10-12');
  });

  it('turns day numbers back into the same dates', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    for (const iso of ['1900-03-01', '2000-02-29', '2026-10-12', '2100-12-31'])
      expect(dateOfDayNumber(dayNumber(iso))).toBe(iso);
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(weekday('2026-10-12')).toBe(1);
    expect(weekday('2026-11-21')).toBe(6);
    expect(weekday('1970-01-01')).toBe(4);
  });
});

describe('months and years', () => {
  it('clamps to the month end when the day does not exist', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('crosses year boundaries both ways', () => {
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-10-12', -24)).toBe('2024-10-12');
    expect(monthsAfter(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(monthsAfter(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
  });

  it('adds years, 29 February becoming the 28th in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-10-12', -2)).toBe('2024-10-12');
  });
});

describe('age on a date', () => {
  it('is one less the day before the birthday and one more on it', () => {
    expect(ageOn('1980-10-12', '2026-10-11')).toBe(45);
    expect(ageOn('1980-10-12', '2026-10-12')).toBe(46);
  });

  it('changes at the new year only for someone born on 1 January', () => {
    expect(ageOn('2000-01-01', '2025-12-31')).toBe(25);
    expect(ageOn('2000-01-01', '2026-01-01')).toBe(26);
  });

  it('reaches a 29 February birthday on 1 March of a common year', () => {
    expect(ageOn('2004-02-29', '2026-02-28')).toBe(21);
    expect(ageOn('2004-02-29', '2026-03-01')).toBe(22);
  });

  it('printed on a document is the age on the document’s date, or the age as entered without a birth date', () => {
    const signer = { birth_date: '1972-11-02', age: 54 };
    expect(ageOnDocumentDate(signer, '2026-10-20')).toBe(53);
    expect(ageOnDocumentDate(signer, '2026-11-02')).toBe(54);
    expect(ageOnDocumentDate({ birth_date: null, age: 40 }, '2030-01-01')).toBe(40);
    expect(ageOnDocumentDate({ birth_date: null, age: null }, '2030-01-01')).toBeNull();
  });
});

describe('today', () => {
  it('is the local calendar day, late at night included', () => {
    expect(todayIso(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31');
    expect(todayIso(new Date(2027, 0, 1, 0, 0, 0))).toBe('2027-01-01');
  });
});

describe('Chinese forms', () => {
  it('writes dates without leading zeros', () => {
    expect(chineseDate('2026-10-12')).toBe('2026年10月12日');
    expect(chineseDate('2026-03-05')).toBe('2026年3月5日');
    expect(chineseDate('2026-02-30')).toBeNull();
  });

  it('writes a month', () => {
    expect(chineseMonth(2026, 10)).toBe('2026年10月');
    expect(chineseMonth(2027, 1)).toBe('2027年1月');
  });
});
