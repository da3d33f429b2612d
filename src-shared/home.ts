// What 首页 shows beside the to-do list: the month's quotas against their rules, and twelve months of trends.

import { isoDate, isoMonth, lastDayOfMonth, monthsAfter, parseDate } from './dates';
import type { RegisterKey } from './registers/types';

/** One period a quota is counted in: the month, or 上半月 / 下半月 for 每半月 duties. */
export interface QuotaPeriod {
  label: string;
  from: string;
  to: string;
  /** Live records of the register dated in the period. */
  have: number;
  /** done: enough; open: under way, not enough yet; missed: over, not enough; upcoming: not begun. */
  state: 'done' | 'open' | 'missed' | 'upcoming';
}

/** A monthly (or half-monthly) office duty counted from a register (docs/spec/deadlines.md MR-02, MR-03, RM-04). */
export interface Quota {
  ruleCode: string;
  register: RegisterKey;
  /** 典型案例, 工作信息, 矛盾纠纷排查: the register's title without 登记簿. */
  name: string;
  /** Records needed in each period (the rule's count, or the setting it names). */
  needed: number;
  periods: QuotaPeriod[];
}

export interface MonthlyQuotas {
  year: number;
  month: number;
  quotas: Quota[];
}

export interface TrendSeries {
  key: string;
  label: string;
}

/** Counts per month of one register, split by one of its fields; every month present, empty ones as 0. */
export interface MonthTrend {
  series: TrendSeries[];
  months: { month: string; label: string; counts: Record<string, number> }[];
}

export interface HomeTrends {
  mediationByType: MonthTrend;
  petitionsByMethod: MonthTrend;
}

/** YYYY-MM-DD of the first and last day of a month. */
export function monthRange(year: number, month: number): { from: string; to: string } {
  return { from: isoDate(year, month, 1), to: lastDayOfMonth(year, month) };
}

/** The `count` months ending with the month of `today`, oldest first, as YYYY-MM. */
export function monthsEnding(today: string, count: number): { year: number; month: number; key: string }[] {
  const { year, month } = parseDate(today);
  return Array.from({ length: count }, (_, i) => {
    const at = monthsAfter(year, month, i - (count - 1));
    return { ...at, key: isoMonth(at.year, at.month) };
  });
}
