import { isoDate, isValidDate } from './dates';

// What a clerk types into a date or time box, read as the ledger stores it. Clerks type dates the way they write
// them: 2026-10-12, 2026/10/12, 2026.10.12, 20261012, 2026年10月12日, or only 10-12 / 10月12日 for this year; times as
// 09:30, 9:30, 0930 or 9点30分. Full-width digits and punctuation (an IME left in full-width mode) count the same.

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width ０-９ ／ － ． ： become their ASCII selves; spaces go. */
function normalised(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/。/g, '.');
}

const FULL_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_DAY = /^(\d{1,2})[-/.月](\d{1,2})日?$/;

/**
 * The date `text` means as 'YYYY-MM-DD', or null when it is not a whole, real date (a month 13, 2026-02-30, half a
 * date still being typed). A month and day alone are in the year of `today`.
 */
export function parseTypedDate(text: string, today: string): string | null {
  const typed = normalised(text);
  const full = FULL_DATE.exec(typed) ?? COMPACT_DATE.exec(typed);
  const monthDay = full ? null : MONTH_DAY.exec(typed);
  if (!full && !monthDay) return null;
  const iso = full
    ? isoDate(Number(full[1]), Number(full[2]), Number(full[3]))
    : isoDate(Number(today.slice(0, 4)), Number(monthDay![1]), Number(monthDay![2]));
  return isValidDate(iso) ? iso : null;
}

const CLOCK_TIME = /^(\d{1,2})[:.点时](\d{2})?分?$/;
const COMPACT_TIME = /^(\d{1,2})(\d{2})$/;

/** The time `text` means as 24-hour 'HH:mm', or null when it is not one (25:00, 9:7, letters). */
export function parseTypedTime(text: string): string | null {
  const typed = normalised(text);
  const match = CLOCK_TIME.exec(typed) ?? COMPACT_TIME.exec(typed) ?? /^(\d{1,2})()$/.exec(typed);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] || '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
