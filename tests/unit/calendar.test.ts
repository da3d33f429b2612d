import { describe, expect, it } from 'vitest';
import type { CalendarYearView } from '../../src-shared/calendar';
import { openTestLedger, type TestLedger } from './helpers';
import { createPerson, reminders } from './people';

// The office's holiday calendar (设置 → 节假日日历) through the real API: saved years are laid over the shipped
// 2024–2026 data, and reminders.list computes with the merged calendar on the next call. 2027-01-01 is a Friday.

const NEW_YEAR_2027 = { year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] };

async function year(ledger: TestLedger, y: number): Promise<CalendarYearView | undefined> {
  const { years } = await ledger.call('calendar.get', {});
  return years.find((v) => v.year === y);
}

describe('calendar.get', () => {
  it('lists the shipped years with their holidays and make-up days', async () => {
    const ledger = openTestLedger();
    const { years } = await ledger.call('calendar.get', {});
    expect(years.map((y) => [y.year, y.source, y.shipped])).toEqual([
      [2024, '随应用提供', true],
      [2025, '随应用提供', true],
      [2026, '随应用提供', true],
    ]);
    const y2026 = years[2]!;
    expect(y2026.holidays).toContainEqual({ date: '2026-10-01', name: expect.stringContaining('国庆节') });
    expect(y2026.workdays).toContainEqual({ date: '2026-10-10', name: expect.stringContaining('调休上班') });
    expect(y2026.savedAt).toBeNull();
  });
});

describe('calendar.saveYear', () => {
  it('a year entered by the office makes its reminders compute; removing it brings back no-calendar', async () => {
    const ledger = openTestLedger({ today: '2026-12-30' });
    await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-12-30' }]);
    const [before] = await reminders(ledger, 'CC-03');
    expect(before).toMatchObject({
      due: null,
      status: 'no-calendar',
      explanation: '2027年的节假日安排尚未录入，无法计算工作日，请在设置中录入',
    });

    const saved = await ledger.call('calendar.saveYear', NEW_YEAR_2027);
    expect(saved).toMatchObject({
      year: 2027,
      source: '本所录入',
      shipped: false,
      holidays: NEW_YEAR_2027.holidays,
      workdays: [],
    });
    expect(await year(ledger, 2027)).toMatchObject({ source: '本所录入', shipped: false });
    // 12-31, (1-1 元旦, 1-2/1-3 weekend), 1-4, 1-5, 1-6, 1-7.
    const [computed] = await reminders(ledger, 'CC-03');
    expect(computed).toMatchObject({ due: '2027-01-07', daysLeft: 8, status: 'later' });
    expect(computed!.explanation).toContain('2027年1月1日元旦放假不计');

    // A 调休 Saturday entered later moves the date a day earlier.
    await ledger.call('calendar.saveYear', {
      ...NEW_YEAR_2027,
      workdays: [{ date: '2027-01-02', name: '元旦调休上班' }],
    });
    const [moved] = await reminders(ledger, 'CC-03');
    expect(moved!.due).toBe('2027-01-06');
    expect(moved!.explanation).toContain('2日（周六调休上班）');

    expect(await ledger.call('calendar.removeYear', { year: 2027 })).toMatchObject({
      years: expect.not.arrayContaining([expect.objectContaining({ year: 2027 })]),
    });
    expect((await reminders(ledger, 'CC-03'))[0]).toMatchObject({ due: null, status: 'no-calendar' });
  });

  it('a corrected shipped year replaces the shipped one; removing the correction restores it', async () => {
    const ledger = openTestLedger({ today: '2026-09-30' });
    await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-09-29' }]);
    expect((await reminders(ledger, 'CC-03'))[0]!.due).toBe('2026-10-12');

    const shipped = (await year(ledger, 2026))!;
    const corrected = {
      year: 2026,
      holidays: [...shipped.holidays, { date: '2026-10-09', name: '本县放假' }],
      workdays: shipped.workdays,
    };
    expect(await ledger.call('calendar.saveYear', corrected)).toMatchObject({ source: '本所录入', shipped: true });
    // 09-30, 10-08, 10-10 (调休上班), 10-12, 10-13: the 10-09 the office added is not counted.
    expect((await reminders(ledger, 'CC-03'))[0]!.due).toBe('2026-10-13');
    expect((await year(ledger, 2026))!.holidays).toContainEqual({ date: '2026-10-09', name: '本县放假' });

    await ledger.call('calendar.removeYear', { year: 2026 });
    expect(await year(ledger, 2026)).toMatchObject({ source: '随应用提供', holidays: shipped.holidays });
    expect((await reminders(ledger, 'CC-03'))[0]!.due).toBe('2026-10-12');
  });

  it('stores the days sorted and replaces the whole year on a second save', async () => {
    const ledger = openTestLedger();
    await ledger.call('calendar.saveYear', {
      year: 2027,
      holidays: [
        { date: '2027-02-08', name: '春节' },
        { date: '2027-01-01', name: '元旦' },
      ],
      workdays: [{ date: '2027-02-20', name: '春节调休上班' }],
    });
    expect((await year(ledger, 2027))!.holidays.map((d) => d.date)).toEqual(['2027-01-01', '2027-02-08']);
    await ledger.call('calendar.saveYear', NEW_YEAR_2027);
    expect(await year(ledger, 2027)).toMatchObject({ holidays: NEW_YEAR_2027.holidays, workdays: [] });
  });
});

describe('calendar validation', () => {
  const cases: [what: string, input: unknown, message: string, field: string][] = [
    [
      'a date outside the year',
      { ...NEW_YEAR_2027, holidays: [{ date: '2026-12-31', name: '元旦' }] },
      '放假日期 2026-12-31 不在2027年内',
      'holidays.0.date',
    ],
    [
      'a day both holiday and make-up day',
      { ...NEW_YEAR_2027, workdays: [{ date: '2027-01-01', name: '元旦调休上班' }] },
      '2027-01-01 不能既是放假日又是调休上班日',
      'workdays.0.date',
    ],
    [
      'a make-up day on a weekday',
      { ...NEW_YEAR_2027, workdays: [{ date: '2027-01-05', name: '元旦调休上班' }] },
      '调休上班日期 2027-01-05 是周二，调休上班只能是周六或周日',
      'workdays.0.date',
    ],
    [
      'a holiday without a name',
      { ...NEW_YEAR_2027, holidays: [{ date: '2027-01-01', name: ' ' }] },
      '请填写放假名称',
      'holidays.0.name',
    ],
    ['no holiday at all', { year: 2027, holidays: [], workdays: [] }, '请至少录入一个放假日期', 'holidays'],
    [
      'an impossible date',
      { ...NEW_YEAR_2027, holidays: [{ date: '2027-02-30', name: '春节' }] },
      '放假日期不是有效日期',
      'holidays.0.date',
    ],
    [
      'the same day twice',
      { ...NEW_YEAR_2027, holidays: [...NEW_YEAR_2027.holidays, { date: '2027-01-01', name: '元旦' }] },
      '放假日期 2027-01-01 重复',
      'holidays.1.date',
    ],
    ['a year out of range', { ...NEW_YEAR_2027, year: 1999 }, '年份应在2000到2100之间', 'year'],
  ];
  for (const [what, input, message, field] of cases) {
    it(`refuses ${what} in Chinese, naming the field, and writes nothing`, async () => {
      const ledger = openTestLedger();
      const error = await ledger.fail('calendar.saveYear', input);
      expect(error.message).toContain(message);
      expect(error.fields?.[field]).toContain(message);
      expect((await ledger.call('calendar.get', {})).years.map((y) => y.source)).toEqual([
        '随应用提供',
        '随应用提供',
        '随应用提供',
      ]);
    });
  }

  it('removeYear refuses a year the office has not entered', async () => {
    const ledger = openTestLedger();
    expect((await ledger.fail('calendar.removeYear', { year: 2026 })).message).toBe('2026年没有本所录入的节假日安排');
    expect((await ledger.fail('calendar.removeYear', { year: 2027 })).message).toBe('2027年没有本所录入的节假日安排');
  });
});
