import { describe, expect, it } from 'vitest';
import { dayInWords, dueClause, reminderSentence } from '../../src-shared/reminderText';
import type { Reminder } from '../../src-shared/rules';

// The one line 首页 and the 时间线 show for a reminder: what to do and by when, with no rule code and no formula.
// The engine's own reminders are checked rule by rule in reminders.test.ts (SENTENCES); these are the edge cases.

const person = { register: 'correctionSubject', id: 1, name: '欧阳明' } as const;
const base: Reminder = {
  ruleCode: 'CC-05',
  subject: person,
  task: '通信联络，并记录（每周至少 1 次）',
  due: '2026-12-09',
  daysLeft: 7,
  status: 'week',
  recurring: true,
  doneBy: { kind: 'event', event: '通信联络' },
  situation: null,
  explanation: '上次通信联络 2026-12-02 + 1 周 = 2026-12-09',
  basis: '“通信联络：每周至少一次”',
};
const CODE_OR_FORMULA = /[A-Z]{2}-\d{2}|#\d+| [+−-] \d+ |=/u;

describe('reminderSentence', () => {
  it('says what to do and by when, the next time for a standing duty', () => {
    expect(reminderSentence(base)).toBe('通信联络，并记录（每周至少 1 次），下次应在12月9日前');
  });

  it('a one-off duty has no “下次”; an office duty is due this period', () => {
    expect(reminderSentence({ ...base, recurring: false, task: '入矫宣告' })).toBe('入矫宣告，应在12月9日前');
    expect(reminderSentence({ ...base, subject: null, task: '矛盾纠纷排查分析（每半月 1 次）' })).toBe(
      '矛盾纠纷排查分析（每半月 1 次），本期应在12月9日前',
    );
  });

  it('overdue and due today say so', () => {
    expect(reminderSentence({ ...base, due: '2026-11-30', daysLeft: -2, status: 'overdue' })).toBe(
      '通信联络，并记录（每周至少 1 次），本应在11月30日前，已逾期2天',
    );
    expect(dueClause({ ...base, due: '2026-12-02', daysLeft: 0, status: 'today' })).toBe('今天（12月2日）到期');
  });

  it('names the year only when the date falls in another year', () => {
    expect(dueClause({ ...base, due: '2027-01-05', daysLeft: 34 })).toBe('下次应在2027年1月5日前');
    expect(dayInWords('2027-01-05', '2027-01-01')).toBe('1月5日');
  });

  it('without a holiday calendar says why, in words', () => {
    const r = {
      ...base,
      due: null,
      daysLeft: null,
      status: 'no-calendar',
      explanation: '2027年的节假日安排尚未录入，无法计算工作日，请在设置中录入',
    } as const;
    expect(reminderSentence({ ...r, task: '入矫宣告；' })).toBe(
      '入矫宣告，2027年的节假日安排尚未录入，无法计算工作日，请在设置中录入',
    );
  });

  it('never shows a rule code or a formula', () => {
    for (const daysLeft of [-3, 0, 5]) expect(reminderSentence({ ...base, daysLeft })).not.toMatch(CODE_OR_FORMULA);
  });
});
