import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import holidayData from '../../resources/calendar/cn-holidays.json';
import { earliestLiveStart, eventTypesRead, RECEIVED, subjectReminders } from '../../src-main/core/reminders/deadlines';
import { shown } from '../../src-main/core/reminders/explanations';
import { currentPeriod } from '../../src-main/core/reminders/office';
import type { Dated, KeptReminder, Subject } from '../../src-main/core/reminders/subjects';
import { RELEASED_STATE, SERVING_STATE } from '../../src-shared/codes';
import { canLapse, defaultRules, type DeadlineRule } from '../../src-shared/rules';
import { WorkCalendar, type CalendarData } from '../../src-shared/workdays';

// The rules worked out over people and cases built in memory: no database. Due dates are worked out by hand against
// resources/calendar/cn-holidays.json (2026: 国庆节 10月1日–7日, 10月10日 a Saturday worked in its place).

const calendar = new WorkCalendar(holidayData as CalendarData);
const TODAY = '2026-11-21'; // a Saturday

/** A shipped rule by its code, switched on unless told otherwise. */
function rule(code: string, enabled = true): DeadlineRule {
  const found = defaultRules.find((r) => r.code === code);
  if (!found) throw new Error(`no rule ${code}`);
  return { ...found, enabled };
}

function event(type: string, date: string, result: string | null = null): Dated {
  return { type, date, result };
}

function person(events: Dated[], row: Record<string, unknown> = {}): Subject {
  return {
    register: 'correctionSubject',
    id: 7,
    name: '张三',
    row: { state: SERVING_STATE, ...row },
    events,
  };
}

/** What a clerk sees of each reminder: the rule, the due date, the days left, the status and the explanation. */
function seen(reminders: KeptReminder[]) {
  return reminders.map(shown).map(({ ruleCode, due, daysLeft, status, explanation }) => ({
    ruleCode,
    due,
    daysLeft,
    status,
    explanation,
  }));
}

function remind(rules: DeadlineRule[], subject: Subject, today = TODAY) {
  return seen(subjectReminders(calendar, today, rules, [subject]));
}

describe('a deadline counted from an event', () => {
  it('gives 报到（司法所） three working days after 报到（县社区矫正机构）, passing over 国庆节', () => {
    const reported = person([event('报到（县社区矫正机构）', '2026-09-30')]);
    expect(remind([rule('CC-01')], reported, '2026-10-08')).toEqual([
      {
        ruleCode: 'CC-01',
        due: '2026-10-10',
        daysLeft: 2,
        status: 'week',
        explanation:
          '报到（县社区矫正机构） 2026-09-30 + 3 个工作日 = 2026-10-10：10月8日、9日、10日（周六调休上班）；' +
          '10月1日–7日国庆节放假不计',
      },
    ]);
  });

  it('is overdue the day after, and today on the day', () => {
    const reported = person([event('报到（县社区矫正机构）', '2026-11-16')]);
    // 11月17日、18日、19日 are the three working days.
    expect(remind([rule('CC-01')], reported, '2026-11-19')[0]).toMatchObject({ due: '2026-11-19', status: 'today' });
    expect(remind([rule('CC-01')], reported, '2026-11-20')[0]).toMatchObject({ daysLeft: -1, status: 'overdue' });
  });

  it('counts from the latest trigger and is done by a completing event on or after it, not before', () => {
    const twice = [event('报到（县社区矫正机构）', '2026-11-02'), event('报到（县社区矫正机构）', '2026-11-16')];
    expect(remind([rule('CC-01')], person(twice))[0]).toMatchObject({ due: '2026-11-19' });
    expect(remind([rule('CC-01')], person([...twice, event('报到（司法所）', '2026-11-10')]))).toHaveLength(1);
    expect(remind([rule('CC-01')], person([...twice, event('报到（司法所）', '2026-11-16')]))).toEqual([]);
  });

  it('leaves each application without a 结果 open on its own', () => {
    const applications = [
      event('外出申请', '2026-11-10', '批准'),
      event('外出申请', '2026-11-18'),
      event('外出申请', '2026-11-20'),
    ];
    expect(remind([rule('CC-09')], person(applications)).map((r) => [r.due, r.explanation])).toEqual([
      ['2026-11-21', '外出申请 2026-11-18 + 3 日 = 2026-11-21'],
      ['2026-11-23', '外出申请 2026-11-20 + 3 日 = 2026-11-23'],
    ]);
  });

  it('says so, without a date, when the holiday calendar lacks the year', () => {
    const late = person([event('报到（县社区矫正机构）', '2026-12-30')]);
    expect(remind([rule('CC-01')], late)).toEqual([
      {
        ruleCode: 'CC-01',
        due: null,
        daysLeft: null,
        status: 'no-calendar',
        explanation: '2027年的节假日安排尚未录入，无法计算工作日，请在设置中录入',
      },
    ]);
  });
});

describe('a deadline counted from a date field', () => {
  it('reminds of 期满鉴定 thirty days before the term ends, until one is recorded', () => {
    const ending = person([], { end_date: '2026-12-31' });
    expect(remind([rule('CC-15')], ending)).toEqual([
      {
        ruleCode: 'CC-15',
        due: '2026-12-01',
        daysLeft: 10,
        status: 'later',
        explanation: '矫正终止日期 2026-12-31 − 30 日 = 2026-12-01',
      },
    ]);
    // Done by the event whenever it was dated: 期满鉴定 is written before the term's end.
    expect(remind([rule('CC-15')], person([event('期满鉴定', '2026-10-01')], { end_date: '2026-12-31' }))).toEqual([]);
  });

  it('gives nothing for an empty field', () => {
    expect(remind([rule('CC-15')], person([], { end_date: '' }))).toEqual([]);
  });
});

describe('a recurring duty', () => {
  it('is due at the end of the month after the last 月度考核', () => {
    expect(remind([rule('CC-07')], person([event('月度考核', '2026-09-30'), event('月度考核', '2026-10-15')]))).toEqual(
      [
        {
          ruleCode: 'CC-07',
          due: '2026-11-30',
          daysLeft: 9,
          status: 'later',
          explanation: '上次月度考核 2026-10-15，次月（2026年11月）月末 = 2026-11-30',
        },
      ],
    );
  });

  it('starts from 报到（司法所）, else from the 报到（接收）日期 field, when none was done yet', () => {
    expect(remind([rule('CC-05')], person([event(RECEIVED, '2026-11-16')]))[0]).toMatchObject({
      due: '2026-11-23',
      explanation: '报到（司法所） 2026-11-16 + 1 周 = 2026-11-23',
    });
    expect(remind([rule('CC-07')], person([], { report_date: '2026-12-31' }))[0]).toMatchObject({
      due: '2027-01-31',
      explanation: '报到（接收）日期 2026-12-31，次月（2027年1月）月末 = 2027-01-31',
    });
    expect(remind([rule('CC-07')], person([]))).toEqual([]);
  });

  it('gives nothing for a daily duty: the ledger keeps no record of each check', () => {
    expect(remind([rule('CC-06')], person([event(RECEIVED, '2026-11-16')]))).toEqual([]);
  });
});

describe('which rules apply', () => {
  it('leaves out a rule that is switched off, and rules of another register', () => {
    const reported = person([event('报到（县社区矫正机构）', '2026-11-16')]);
    expect(remind([rule('CC-01', false)], reported)).toEqual([]);
    expect(remind([rule('RM-01')], reported)).toEqual([]);
  });

  it('keeps only the after-term rules of a person released at the end of the term', () => {
    const events = [event(RECEIVED, '2026-01-05'), event('解除宣告', '2026-11-16')];
    // An office's own rule started by the 解除宣告 (the shipped 衔接 rules belong to the 安置帮教对象花名册 now).
    const handOver: DeadlineRule = {
      ...rule('CC-03'),
      code: '本所-衔接',
      trigger: { kind: 'event', event: '解除宣告' },
      doneBy: { kind: 'event', event: '安置帮教衔接' },
    };
    const rules = [rule('CC-07'), handOver];
    const codes = (subject: Subject) => remind(rules, subject).map((r) => r.ruleCode);
    expect(codes(person(events))).toEqual(['CC-07', '本所-衔接']);
    expect(codes(person(events, { state: RELEASED_STATE }))).toEqual(['本所-衔接']);
    // 解除宣告 2026-11-16 (周一) + 5 个工作日: 17日–20日 and 23日.
    expect(remind(rules, person(events, { state: RELEASED_STATE }))[0]).toMatchObject({ due: '2026-11-23' });
  });

  it('works out a mediation case the same way', () => {
    const settled: Subject = {
      register: 'mediationCase',
      id: 3,
      name: '李四与王五邻里纠纷',
      row: {},
      events: [event('协议生效', '2026-10-30')],
    };
    expect(seen(subjectReminders(calendar, TODAY, [rule('RM-01')], [settled]))).toEqual([
      {
        ruleCode: 'RM-01',
        due: '2026-11-29',
        daysLeft: 8,
        status: 'later',
        explanation: '协议生效 2026-10-30 + 30 日 = 2026-11-29；超过期限7天后不再提醒（2026-12-07起）',
      },
    ]);
  });

  it('reads the events that start and complete the rules, and 报到（司法所） for recurring duties', () => {
    expect(eventTypesRead([rule('CC-01'), rule('CC-07')]).sort()).toEqual(
      ['报到（县社区矫正机构）', '报到（司法所）', '月度考核'].sort(),
    );
  });
});

describe('过期后不再提醒 (stopAfterDays)', () => {
  const settled = (agreed: string): Subject => ({
    register: 'mediationCase',
    id: 3,
    name: '李四与王五邻里纠纷',
    row: {},
    events: [event('协议生效', agreed)],
  });
  // 协议生效 2026-10-20 + 30 日 = 2026-11-19: the last day the parties may apply for 司法确认.
  const notice = (stopAfterDays: number | undefined, today: string) =>
    remind([{ ...rule('RM-01'), stopAfterDays }], settled('2026-10-20'), today);

  it('reminds until the due date + N days, and not the day after', () => {
    expect(notice(7, '2026-11-26')).toEqual([
      {
        ruleCode: 'RM-01',
        due: '2026-11-19',
        daysLeft: -7,
        status: 'overdue',
        explanation: '协议生效 2026-10-20 + 30 日 = 2026-11-19；超过期限7天后不再提醒（2026-11-27起）',
      },
    ]);
    expect(notice(7, '2026-11-27')).toEqual([]);
  });

  it('with 0 days, reminds on the due date and stops the day after', () => {
    expect(notice(0, '2026-11-19')).toMatchObject([
      { status: 'today', explanation: expect.stringContaining('过期即不再提醒（2026-11-20起）') },
    ]);
    expect(notice(0, '2026-11-20')).toEqual([]);
  });

  it('left empty, reminds until done, however late', () => {
    expect(notice(undefined, '2027-10-20')).toMatchObject([
      { due: '2026-11-19', daysLeft: -335, explanation: '协议生效 2026-10-20 + 30 日 = 2026-11-19' },
    ]);
  });

  it('counts from the latest start: a new 协议生效 starts the window again', () => {
    const twice: Subject = {
      ...settled('2026-01-05'),
      events: [event('协议生效', '2026-01-05'), event('协议生效', '2026-11-01')],
    };
    expect(remind([{ ...rule('RM-01'), stopAfterDays: 7 }], twice, '2026-12-08').map((r) => r.due)).toEqual([
      '2026-12-01',
    ]);
  });

  it('tells loading how far back a start can still give a reminder, with room to spare', () => {
    expect(earliestLiveStart({ ...rule('RM-01'), stopAfterDays: 7 }, '2026-11-27')).toBe('2026-10-21');
    expect(earliestLiveStart({ ...rule('RM-01'), stopAfterDays: undefined }, '2026-11-27')).toBeNull();
    // Working days: never later than the true earliest start (here 报到 2026-09-29 is due 10-12 across 国庆).
    const cc03 = { ...rule('CC-03'), stopAfterDays: 0 };
    expect(remind([cc03], person([event(RECEIVED, '2026-09-29')]), '2026-10-12')).toHaveLength(1);
    expect(earliestLiveStart(cc03, '2026-10-12')! <= '2026-09-29').toBe(true);
  });

  it('is written down in docs/deadline-rules.md for the rules that have it, with the same days', () => {
    const spec = fs.readFileSync(path.resolve(__dirname, '../../docs/deadline-rules.md'), 'utf8');
    const section = spec.slice(spec.indexOf('## 过期后不再提醒'));
    const documented = [...section.matchAll(/^\| ([A-Z]{2}-\d{2}[A-Z]?) [^|]*\| \*\*(\d+) 天\*\* \|/gmu)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(documented).toEqual(
      defaultRules.filter((r) => r.stopAfterDays !== undefined).map((r) => [r.code, r.stopAfterDays]),
    );
    // Every rule has its line, in a row of its own or named in a row of several.
    for (const r of defaultRules) expect(section, r.code).toMatch(new RegExp(`[| 、]${r.code}[ 、|]`));
  });

  it('is seeded only for one-off deadlines, never for a standing duty', () => {
    const stopping = defaultRules.filter((r) => r.stopAfterDays !== undefined);
    expect(stopping.map((r) => [r.code, r.stopAfterDays])).toEqual([
      ['CC-08', 7],
      ['RM-01', 7],
    ]);
    for (const r of stopping) expect(canLapse(r), r.code).toBe(true);
    for (const code of ['CC-05', 'CC-07', 'CC-17', 'AB-06', 'AB-07', 'RM-04', 'MR-01'])
      expect(canLapse(rule(code)), code).toBe(false);
  });
});

describe("the office's current period", () => {
  it('runs Monday to Sunday, across the new year', () => {
    expect(currentPeriod('2026-12-31', '周')).toEqual({ from: '2026-12-28', to: '2027-01-03', label: '本周' });
    expect(currentPeriod('2026-11-23', '周')).toEqual({ from: '2026-11-23', to: '2026-11-29', label: '本周' });
  });

  it('splits the month at the 15th, to the month’s own end', () => {
    expect(currentPeriod('2028-02-16', '半月')).toEqual({ from: '2028-02-16', to: '2028-02-29', label: '本月下半月' });
    expect(currentPeriod('2026-02-15', '半月')).toEqual({ from: '2026-02-01', to: '2026-02-15', label: '本月上半月' });
  });

  it('gives the month and the quarter', () => {
    expect(currentPeriod('2026-04-30', '月')).toEqual({ from: '2026-04-01', to: '2026-04-30', label: '本月' });
    expect(currentPeriod('2026-11-21', '季')).toEqual({ from: '2026-10-01', to: '2026-12-31', label: '本季度' });
  });
});
