// Calendar dates as the ledger stores them, 'YYYY-MM-DD', and every piece of arithmetic on them: one home, so that
// month-end clamping, leap years and ages are decided once. Pure TypeScript: runs in the main process, the renderer
// and the benchmark.
//
// Dates are counted as day numbers (days since 1970-01-01 of the proleptic Gregorian calendar), never through a Date
// object: no time zone can shift a day, and the reminders step through dates tens of thousands of times per 首页
// (plain arithmetic here, not a RegExp and a Date per call).

export type YearMonth = { year: number; month: number };
export type DateParts = YearMonth & { day: number };

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9] as const;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const isDigit = (code: number) => code >= 48 && code <= 57;

function digitsAt(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** The parts of a valid date, or null for anything else (wrong shape, 2026-02-30, month 13). */
export function dateParts(iso: string): DateParts | null {
  if (
    iso.length !== 10 ||
    iso.charCodeAt(4) !== 45 ||
    iso.charCodeAt(7) !== 45 ||
    !DIGIT_POSITIONS.every((i) => isDigit(iso.charCodeAt(i)))
  )
    return null;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** The parts of a date; a RangeError for anything that is not a valid 'YYYY-MM-DD'. */
export function parseDate(iso: string): DateParts {
  const parts = dateParts(iso);
  if (parts === null) throw new RangeError(`无效日期：${iso}（应为 YYYY-MM-DD）`);
  return parts;
}

export function isValidDate(iso: string): boolean {
  return dateParts(iso) !== null;
}

/** 'YYYY-MM-DD' of a year, month and day (not checked: callers pass a real day). */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** 'YYYY-MM' of a month: how a month is keyed (月报 periods, 首页's chart months). */
export function isoMonth(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The day number of a date: for loops that step through many days without formatting each. */
export function dayNumber(iso: string): number {
  const { year, month, day } = parseDate(iso);
  return daysFromCivil(year, month, day);
}

/** The date of a day number (H. Hinnant's civil_from_days). */
export function dateOfDayNumber(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return isoDate(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** Whole days from `from` to `to`: positive when `to` is later, 0 on the same day, negative when earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `n` days after (before, if negative) `iso`. */
export function addDays(iso: string, n: number): string {
  return dateOfDayNumber(dayNumber(iso) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  // Day 0, 1970-01-01, was a Thursday.
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

/**
 * The year and month of a date, read by position without checking it: for loops over dates the ledger validated when
 * they were written (every reminder counted to a month's end).
 */
export function monthOf(iso: string): YearMonth {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

/** The month `n` months after (before, if negative) a month. */
export function monthsAfter(year: number, month: number, n: number): YearMonth {
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  return { year: y, month: index - y * 12 + 1 };
}

/** The last day of a month, 'YYYY-MM-DD'. */
export function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/**
 * The same day `n` months later (earlier, if negative); a month without that day gives its last day
 * (民法典第二百零一条: 2026-01-31 + 1 个月 = 2026-02-28).
 */
export function addMonths(iso: string, n: number): string {
  const { year, month, day } = parseDate(iso);
  const target = monthsAfter(year, month, n);
  return isoDate(target.year, target.month, Math.min(day, daysInMonth(target.year, target.month)));
}

/** The same day `n` years later (earlier, if negative); 02-29 becomes 02-28 in a common year. */
export function addYears(iso: string, n: number): string {
  return addMonths(iso, 12 * n);
}

/**
 * Age in whole years on `onDate`: one more on the birthday itself. Someone born on 02-29 turns a year older on 03-01
 * of a common year (the day after 02-28, as 户籍 practice counts it).
 */
export function ageOn(birthDate: string, onDate: string = todayIso()): number {
  // By position, without splitting: every row of a roster's page has an age worked out (npm run bench).
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return years - (onDate.slice(5, 10) < birthDate.slice(5, 10) ? 1 : 0);
}

/** Who an age is printed for: the birth date when known (from the 身份证号 or entered), else the age as entered. */
export interface AgedPerson {
  readonly birth_date: string | null;
  readonly age: number | null;
}

/**
 * The age printed for a person on a paper of the ledger: on that paper's own date (协议书: 签订日期; 申请书 and 受理登记表:
 * 受理日期; 调查记录: 调查日期; 来访接待记录: 来访日期; a register book's row: its 登记日期), never on the day it is
 * printed, so a document reprinted years later reads as the one signed. Without a birth date, the age as entered.
 * Every Word document, the 卷宗 and the register books print ages through this one function.
 */
export function ageOnDocumentDate(person: AgedPerson, documentDate: string): number | null {
  return person.birth_date ? ageOn(person.birth_date, documentDate) : person.age;
}

/** Today as 'YYYY-MM-DD' in local time: the clerk's calendar day, not UTC's. */
export function todayIso(now: Date = new Date()): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** 2026-10-12 → 2026年10月12日 (GB/T 9704: Arabic numerals, no leading zeros); null for an invalid date. */
export function chineseDate(iso: string): string | null {
  const parts = dateParts(iso);
  return parts === null ? null : `${parts.year}年${parts.month}月${parts.day}日`;
}

/** 2026年10月. */
export function chineseMonth(year: number, month: number): string {
  return `${year}年${month}月`;
}
