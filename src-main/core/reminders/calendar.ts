import data from '../../../resources/calendar/cn-holidays.json';
import { WorkCalendar, type CalendarData } from '../../../src-shared/workdays';

// The holiday calendar shipped with the app (2024–2026). Imported statically: vite bundles the JSON into
// out/main and vitest reads it from source, so there is no path to resolve at run time. Years beyond the file
// give 'no-calendar' reminders instead of a silent Monday–Friday guess (deadlines.md).

let cached: WorkCalendar | null = null;

export function loadCalendar(): WorkCalendar {
  cached ??= new WorkCalendar(data as CalendarData);
  return cached;
}
