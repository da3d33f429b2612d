import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src-shared/rules';
import { openTestLedger } from './helpers';
import { createPerson, reminders } from './people';

// 安置帮教 hand-over (docs/spec/deadlines.md §B, 如东手册 四(六)): a 社区矫正对象 who finishes the term is handed over within five
// working days of the 解除宣告 (AB-03), and assessed within a month of the hand-over (AB-04) — after 当前状态 has
// become 期满解矫, when every 在矫 duty has stopped.

const TERM = { start_date: '2025-07-01', end_date: '2026-06-30' };

describe('安置帮教衔接', () => {
  it('解除宣告 → AB-03 five working days later; the hand-over closes it and starts AB-04; 入帮评估 closes that', async () => {
    const ledger = openTestLedger({ today: '2026-07-01' });
    const person = await createPerson(ledger, [{ type: '报到（司法所）', date: '2025-07-01' }], TERM);
    expect(await reminders(ledger, 'AB-03')).toEqual([]);

    // The clerk records the 解除宣告 on the last day of the term and marks the person 期满解矫.
    const released = [{ type: '解除宣告', date: '2026-06-30' }];
    await person.update(released, { state: '期满解矫' });
    const [handOver] = await reminders(ledger, 'AB-03');
    const ab03 = defaultRules.find((r) => r.code === 'AB-03')!;
    expect(handOver).toMatchObject({
      due: '2026-07-07',
      daysLeft: 6,
      status: 'week',
      task: ab03.task,
      basis: ab03.basis,
    });
    expect(handOver!.explanation).toBe('解除宣告 2026-06-30 + 5 个工作日 = 2026-07-07：7月1日、2日、3日、6日、7日');
    // Nothing of the term is due any more: no 通信联络, 考核, 查访 for someone released.
    expect((await reminders(ledger)).filter((r) => r.subject !== null).map((r) => r.ruleCode)).toEqual(['AB-03']);

    await person.update([...released, { type: '安置帮教衔接', date: '2026-07-03' }], { state: '期满解矫' });
    expect(await reminders(ledger, 'AB-03')).toEqual([]);
    const [assess] = await reminders(ledger, 'AB-04');
    expect(assess).toMatchObject({ due: '2026-08-03', task: '入帮评估（社会适应指数评估）' });
    expect(assess!.explanation).toBe('安置帮教衔接 2026-07-03 + 1 个月 = 2026-08-03');

    await person.update(
      [...released, { type: '安置帮教衔接', date: '2026-07-03' }, { type: '入帮评估', date: '2026-07-20' }],
      { state: '期满解矫' },
    );
    expect(await reminders(ledger, 'AB-04')).toEqual([]);
  });

  it('counts the hand-over in working days across 国庆, and also while the person is still marked 在矫', async () => {
    const ledger = openTestLedger({ today: '2026-09-30' });
    await createPerson(ledger, [{ type: '解除宣告', date: '2026-09-29' }], {
      start_date: '2025-09-30',
      end_date: '2026-09-29',
    });
    expect((await reminders(ledger, 'AB-03')).map((r) => r.due)).toEqual(['2026-10-12']);
  });

  it('gives nothing for a person who left the office otherwise (收监, 迁出)', async () => {
    const ledger = openTestLedger({ today: '2026-07-01' });
    await createPerson(ledger, [{ type: '解除宣告', date: '2026-06-30' }], { ...TERM, state: '收监' });
    await createPerson(ledger, [{ type: '解除宣告', date: '2026-06-30' }], { ...TERM, state: '迁出' });
    expect(await reminders(ledger, 'AB-03')).toEqual([]);
  });
});
