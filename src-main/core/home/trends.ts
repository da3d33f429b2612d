import { sql, type Kysely } from 'kysely';
import { chineseMonth } from '../../../src-shared/dates';
import { monthsEnding, type HomeTrends, type MonthTrend, type TrendSeries } from '../../../src-shared/home';
import { fieldDef, registerDef, type RegisterKey } from '../../../src-shared/registers';
import type { LedgerDatabase, RegisterTableName } from '../db/schema';

// 首页's charts: twelve months of one register counted per month and per value of one of its fields, grouped in
// SQL. Every month of the window is present (an empty month is all zeros), so a chart never skips a month.

type Db = Kysely<LedgerDatabase>;

const MONTHS = 12;
/** More 纠纷类型 than this in one stacked bar is unreadable; the rest are added up as 其他. */
const MAX_SERIES = 6;
const OTHER = '__other';
const BLANK = '__blank';

/** The year is written on January, and on the first month unless January follows at once (the two would collide). */
function monthLabel(year: number, month: number, first: boolean): string {
  return month === 1 || (first && month !== 12) ? chineseMonth(year, month) : `${month}月`;
}

async function monthlyCounts(
  db: Db,
  register: RegisterKey,
  field: string,
  today: string,
  maxSeries: number,
): Promise<MonthTrend> {
  const def = registerDef(register);
  const months = monthsEnding(today, MONTHS);
  const first = months[0]!;
  const last = months[months.length - 1]!;
  const month = sql<string>`substr(${sql.ref(def.dateField)}, 1, 7)`;
  const rows = await db
    .selectFrom(def.table as RegisterTableName)
    .select([month.as('month'), sql<string | null>`${sql.ref(field)}`.as('value'), sql<number>`count(*)`.as('n')])
    .where('deleted_at', 'is', null)
    .where(def.dateField, '>=', `${first.key}-01`)
    .where(def.dateField, '<=', `${last.key}-31`)
    .groupBy([month, sql.ref(field)])
    .execute();

  // Series in order of their twelve-month totals; beyond maxSeries, the smallest are folded into 其他.
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.value ?? BLANK, (totals.get(r.value ?? BLANK) ?? 0) + Number(r.n));
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
  const kept = ranked.length > maxSeries ? ranked.slice(0, maxSeries - 1) : ranked;
  const keyOf = (value: string) => (kept.includes(value) ? value : OTHER);
  const options = fieldDef(def, field)?.options ?? [];
  const label = (key: string) =>
    key === OTHER ? '其他' : key === BLANK ? '未填' : (options.find((o) => o.value === key)?.label ?? key);
  const series: TrendSeries[] = [...kept, ...(kept.length < ranked.length ? [OTHER] : [])].map((key) => ({
    key,
    label: label(key),
  }));

  return {
    series,
    months: months.map((m, i) => {
      const counts: Record<string, number> = Object.fromEntries(series.map((s) => [s.key, 0]));
      for (const r of rows) {
        if (r.month !== m.key) continue;
        const key = keyOf(r.value ?? BLANK);
        counts[key] = (counts[key] ?? 0) + Number(r.n);
      }
      return { month: m.key, label: monthLabel(m.year, m.month, i === 0), counts };
    }),
  };
}

export async function homeTrends(db: Db, today: string): Promise<HomeTrends> {
  return {
    mediationByType: await monthlyCounts(db, 'mediationCase', 'dispute_type', today, MAX_SERIES),
    petitionsByMethod: await monthlyCounts(db, 'petition', 'method', today, MAX_SERIES),
  };
}
