import type { Migration } from './types';

// Never edit once shipped: add the next number instead.
// 过期后不再提醒 (deadline_rule.data.stopAfterDays): a rule may stop reminding some days after its due date, where doing
// the work that late is moot. Since 0018 a form's dates start the rules, and an office that only filled its forms saw
// every unrecorded item of two years as overdue (the bench's ten-year ledger: 6,231 × RM-01). Seeded for
// - RM-01 司法确认告知: the parties may apply only within 30 days of the agreement, which is the due date;
// - CC-08 解矫教育: once the term has ended, the person is no longer one “临近解除”.
// Both with 7 days, so a clerk back from a week away still sees what was missed. The note says why. A rule the office
// has edited (custom = 1) is left exactly as the office left it: it may set the days in 设置 › 期限规则.
// Literal data only: migrations never read code that may change.

const LAPSING: readonly (readonly [code: string, days: number, note: string])[] = [
  [
    'CC-08',
    7,
    '入矫教育没有期限，只提醒解矫教育：期满前三十日内开展，最迟期满当日；期满后已不是“临近解除”，过期 7 天不再提醒',
  ],
  ['RM-01', 7, '申请司法确认须在协议生效后 30 日内，过了这一天再告知已无意义：过期 7 天不再提醒'],
];

export const m0020_lapsingReminders: Migration = {
  version: 20,
  name: 'reminders that lapse',
  up: (db) => {
    const seed = db.prepare(
      `UPDATE deadline_rule SET data = json_set(data, '$.stopAfterDays', CAST(? AS INTEGER), '$.note', ?)
       WHERE code = ? AND custom = 0`,
    );
    for (const [code, days, note] of LAPSING) seed.run(days, note, code);
  },
};
