import { describe, expect, it } from 'vitest';
import holidayData from '../../resources/calendar/cn-holidays.json';
import { noticeEnd } from '../../src-shared/noticePeriod';
import type { EntryData } from '../../src-shared/registers';
import { WorkCalendar, type CalendarData } from '../../src-shared/workdays';
import { openTestLedger } from './helpers';
import { createPerson } from './people';

// 公示五个工作日 (docs/spec/deadlines.md CC-13): the day posted is the first when it is a working day. Worked out by hand
// against resources/calendar/cn-holidays.json — 2026 国庆节 10月1日–7日, 10月10日 a Saturday worked in its place.

const calendar = new WorkCalendar(holidayData as CalendarData);

describe('公示结束日期', () => {
  it('counts the day posted as the first of five working days, passing over 国庆节', () => {
    // 9月29日、30日、10月8日、9日、10日（周六调休上班）.
    expect(noticeEnd(calendar, '2026-09-29')).toBe('2026-10-10');
    // An ordinary week: Monday to Friday.
    expect(noticeEnd(calendar, '2026-11-02')).toBe('2026-11-06');
    // Posted on the Saturday worked for 国庆: 10日、12日、13日、14日、15日.
    expect(noticeEnd(calendar, '2026-10-10')).toBe('2026-10-15');
  });

  it('posted on a day off, counts five working days from the next one', () => {
    // 10月3日 is in 国庆: 8日、9日、10日、12日、13日.
    expect(noticeEnd(calendar, '2026-10-03')).toBe('2026-10-13');
  });

  it('is unknown when the calendar lacks a year the 公示 runs into', () => {
    expect(noticeEnd(calendar, '2027-01-04')).toBeNull();
    // Begun in 2026, ending in 2027: 12月29日、30日、31日, then 2027 has no calendar.
    expect(noticeEnd(calendar, '2026-12-29')).toBeNull();
  });
});

describe('saving a 社区矫正对象 fills an approval’s 公示结束日期', () => {
  const approved: EntryData = { type: '表扬', date: '2026-09-20', result: '批准', decision_date: '2026-09-25' };
  const endsOf = (data: Record<string, unknown>) =>
    (data['approvals'] as EntryData[]).map((e) => e['notice_end'] ?? null);

  it('from the holiday calendar, on create and on update; one the clerk wrote stays', async () => {
    const ledger = openTestLedger({ today: '2026-09-29' });
    const person = await createPerson(ledger, [], {
      approvals: [
        { ...approved, notice_start: '2026-09-29' },
        { ...approved, notice_start: '2026-09-29', notice_end: '2026-10-09' },
        approved,
      ],
    });
    const created = await ledger.call('registers.get', { register: 'correctionSubject', id: person.id });
    expect(endsOf(created.data)).toEqual(['2026-10-10', '2026-10-09', null]);
    const updated = await person.update([], {
      approvals: [{ ...approved, notice_start: '2026-11-02' }],
    });
    expect(endsOf(updated.data)).toEqual(['2026-11-06']);
  });

  it('left empty when the calendar lacks the year, filled once it is entered and the record saved again', async () => {
    const ledger = openTestLedger({ today: '2027-01-04' });
    const posted = { ...approved, notice_start: '2027-01-04' };
    const person = await createPerson(ledger, [], { approvals: [posted] });
    const created = await ledger.call('registers.get', { register: 'correctionSubject', id: person.id });
    expect(endsOf(created.data)).toEqual([null]);
    await ledger.call('calendar.saveYear', {
      year: 2027,
      holidays: [{ date: '2027-01-01', name: '元旦' }],
      workdays: [],
    });
    // 1月4日 (Monday) to 8日.
    expect(endsOf((await person.update([], { approvals: [posted] })).data)).toEqual(['2027-01-08']);
  });
});
