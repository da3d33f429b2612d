import { isoDate, isValidDate } from '../../../src-shared/dates';

// Dates and times as clerks type them in old books, read to the ledger's forms (YYYY-MM-DD, HH:MM).

export type DateReading = { date: string } | { needsYear: true } | { invalid: true };

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial numbers Excel gives dates from 1927 to 2100; smaller numbers are more likely counts or years. */
const SERIAL_MIN = 10_000;
const SERIAL_MAX = 73_050;

const toHalfWidth = (s: string) =>
  s.replace(/[０-９．／－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');

function checked(year: number, month: number, day: number): DateReading {
  if (year < 1900 || year > 2100) return { invalid: true };
  const iso = isoDate(year, month, day);
  return isValidDate(iso) ? { date: iso } : { invalid: true };
}

/** The date of an Excel serial number (1900 date system, whole days). */
export function excelSerialDate(serial: number): string {
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * 2025.3.5, 2025/3/5, 2025-03-05, 2025年3月5日, 20250305, an Excel serial (45721), or 3月5日 / 3.5 / 3/5 in `year`
 * (the title's); an ISO date with a time keeps the date.
 */
export function readDate(raw: string, year: number | null): DateReading {
  const s = toHalfWidth(raw);
  let m = /^(\d{4})[./\-年](\d{1,2})[./\-月](\d{1,2})日?(?:\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})(?:月(\d{1,2})日?|[./](\d{1,2}))$/.exec(s);
  if (m) return year === null ? { needsYear: true } : checked(year, Number(m[1]), Number(m[2] ?? m[3]));
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const serial = Number(s);
    if (serial >= SERIAL_MIN && serial <= SERIAL_MAX) return { date: excelSerialDate(serial) };
  }
  return { invalid: true };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 9:30, 09:30:00, 9时30分, 9点半, 下午3:00, an Excel fraction of a day (0.375), or the time of 2025-03-05 09:30. */
export function readTime(raw: string): string | null {
  let s = toHalfWidth(raw).replace(/：/g, ':');
  const afternoon = /^(下午|晚上|PM)/i.test(s);
  s = s.replace(/^(上午|早上|中午|下午|晚上|AM|PM)/i, '');
  const withDate = /^\d{4}-\d{2}-\d{2}(\d{1,2}:\d{2})/.exec(s);
  if (withDate) s = withDate[1]!;
  let hour: number;
  let minute: number;
  const m = /^(\d{1,2})(?::|时|点)(\d{1,2}|半)?(?:分|:\d{2})?$/.exec(s);
  if (m) {
    hour = Number(m[1]);
    minute = m[2] === '半' ? 30 : Number(m[2] ?? 0);
  } else if (/^0?\.\d+$/.test(s)) {
    const minutes = Math.round(Number(s) * 24 * 60);
    hour = Math.floor(minutes / 60);
    minute = minutes % 60;
  } else return null;
  if (afternoon && hour < 12) hour += 12;
  return hour <= 23 && minute <= 59 ? `${pad(hour)}:${pad(minute)}` : null;
}
