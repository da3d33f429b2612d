import type { Kysely } from 'kysely';
import data from '../../../resources/calendar/cn-holidays.json';
import type { CalendarYearInput, CalendarYearView } from '../../../src-shared/calendar';
import { WorkCalendar, type CalendarData, type CalendarYear } from '../../../src-shared/workdays';
import type { LedgerDatabase } from '../db/schema';
import { UserError } from '../errors';

// The holiday calendar the reminders use: the one shipped with the app (2024–2026, imported statically so vite
// bundles it into out/main and vitest reads it from source) with the office's years (calendar_year / calendar_day)
// laid over it, a year at a time. Read from the database on every call: it is a few hundred rows, and there is then
// no cache to forget when the office saves. A year in neither gives 'no-calendar' reminders instead of a silent
// Monday–Friday guess (docs/spec/deadlines.md).

type Db = Kysely<LedgerDatabase>;

const shipped = (data as CalendarData).years;

type OfficeYear = CalendarYear & { savedAt: string };

async function officeYears(db: Db): Promise<Map<number, OfficeYear>> {
  const years = await db.selectFrom('calendar_year').selectAll().orderBy('year').execute();
  const days = await db.selectFrom('calendar_day').selectAll().orderBy('date').execute();
  const byYear = new Map<number, OfficeYear>(
    years.map((y) => [y.year, { holidays: [], workdays: [], savedAt: y.saved_at }]),
  );
  for (const day of days) {
    const year = byYear.get(day.year);
    if (!year) continue;
    (day.kind === 'holiday' ? year.holidays : year.workdays).push({ date: day.date, name: day.name });
  }
  return byYear;
}

/** Every year with data, ascending: the office's version where it has one, else the shipped one. */
export async function readCalendar(db: Db): Promise<CalendarYearView[]> {
  const office = await officeYears(db);
  const years = new Set([...Object.keys(shipped).map(Number), ...office.keys()]);
  return [...years]
    .sort((a, b) => a - b)
    .map((year): CalendarYearView => {
      const own = office.get(year);
      const isShipped = String(year) in shipped;
      if (own)
        return {
          year,
          source: '本所录入',
          shipped: isShipped,
          holidays: own.holidays,
          workdays: own.workdays,
          savedAt: own.savedAt,
        };
      const base = shipped[String(year)]!;
      return {
        year,
        source: '随应用提供',
        shipped: true,
        holidays: base.holidays,
        workdays: base.workdays,
        savedAt: null,
      };
    });
}

export async function loadCalendar(db: Db): Promise<WorkCalendar> {
  const years: Record<string, CalendarYear> = {};
  for (const y of await readCalendar(db)) years[String(y.year)] = { holidays: y.holidays, workdays: y.workdays };
  return new WorkCalendar({ years });
}

/** Replaces the office's version of one year (or starts one). */
export async function saveCalendarYear(db: Db, input: CalendarYearInput): Promise<CalendarYearView> {
  const savedAt = new Date().toISOString();
  await db.deleteFrom('calendar_day').where('year', '=', input.year).execute();
  await db
    .insertInto('calendar_year')
    .values({ year: input.year, saved_at: savedAt })
    .onConflict((oc) => oc.column('year').doUpdateSet({ saved_at: savedAt }))
    .execute();
  const rows = [
    ...input.holidays.map((d) => ({ ...d, year: input.year, kind: 'holiday' as const })),
    ...input.workdays.map((d) => ({ ...d, year: input.year, kind: 'workday' as const })),
  ];
  if (rows.length > 0) await db.insertInto('calendar_day').values(rows).execute();
  return {
    year: input.year,
    source: '本所录入',
    shipped: String(input.year) in shipped,
    holidays: input.holidays,
    workdays: input.workdays,
    savedAt,
  };
}

/** Drops the office's version of a year: a shipped year comes back as shipped, any other year has no data again. */
export async function removeCalendarYear(db: Db, year: number): Promise<CalendarYearView[]> {
  const found = await db.selectFrom('calendar_year').select('year').where('year', '=', year).executeTakeFirst();
  if (!found) throw new UserError(`${year}年没有本所录入的节假日安排`, { year: `${year}年没有本所录入的节假日安排` });
  await db.deleteFrom('calendar_day').where('year', '=', year).execute();
  await db.deleteFrom('calendar_year').where('year', '=', year).execute();
  return readCalendar(db);
}
