import { describe, expect, it } from 'vitest';
import type { ApiInput } from '../../src-shared/handlers';
import { openTestLedger, type TestLedger } from './helpers';
import { createPerson, reminders } from './people';

// Rules the office adds in 设置 (rules.create / rules.delete): stored beside the seeded ones and run by the same
// engine. 2026-03-02 is a Monday.

const HOME_VISIT: ApiInput<'rules.create'> = {
  code: '本所-01',
  subject: 'correctionSubject',
  trigger: 'event:报到（司法所）',
  offset: 3,
  unit: '自然日',
  task: '首次家访',
  doneBy: '实地查访',
  basis: '本所工作制度第三条',
  enabled: true,
};

async function codes(ledger: TestLedger): Promise<string[]> {
  return (await ledger.call('rules.list', {})).rules.map((r) => r.code);
}

describe('rules.create', () => {
  it('adds a rule that reminds like a seeded one and is closed by its completing event', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    const created = await ledger.call('rules.create', HOME_VISIT);
    expect(created).toMatchObject({
      code: '本所-01',
      section: 'A',
      subject: 'correctionSubject',
      trigger: { kind: 'event', event: '报到（司法所）' },
      doneBy: { kind: 'event', event: '实地查访' },
      custom: true,
      seeded: false,
      enabled: true,
    });
    expect(await codes(ledger)).toContain('本所-01');

    const person = await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-03-02' }]);
    const [r] = await reminders(ledger, '本所-01');
    expect(r).toMatchObject({ due: '2026-03-05', task: '首次家访', basis: '本所工作制度第三条', status: 'week' });
    expect(r!.explanation).toBe('报到（司法所） 2026-03-02 + 3 日 = 2026-03-05');

    await person.update([{ type: '实地查访', date: '2026-03-04' }]);
    expect(await reminders(ledger, '本所-01')).toEqual([]);
  });

  it('takes a date field as trigger and counts working days with the holiday calendar', async () => {
    const ledger = openTestLedger({ today: '2026-09-20' });
    await ledger.call('rules.create', {
      ...HOME_VISIT,
      code: '本所-期满',
      trigger: 'field:end_date',
      offset: 5,
      unit: '工作日',
      task: '回访解矫人员家属',
      doneBy: '安置帮教衔接',
    });
    await createPerson(ledger, [], { end_date: '2026-09-29' });
    const [r] = await reminders(ledger, '本所-期满');
    expect(r).toMatchObject({ due: '2026-10-12' });
    expect(r!.explanation).toContain('矫正终止日期 2026-09-29 + 5 个工作日');
  });

  it('works for mediation cases, can be edited with rules.save and switched off', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    await ledger.call('rules.create', {
      ...HOME_VISIT,
      code: '本所-02',
      subject: 'mediationCase',
      trigger: 'event:受理',
      offset: 10,
      unit: '自然日',
      task: '向当事人通报进展',
      doneBy: '回访',
    });
    const saved = await ledger.call('rules.save', {
      code: '本所-02',
      offset: 15,
      unit: '自然日',
      enabled: false,
      task: '通报进展',
    });
    expect(saved).toMatchObject({ code: '本所-02', section: 'C', offset: 15, enabled: false, seeded: false });
  });
});

describe('rules.delete', () => {
  it('removes a rule the office added, and its reminders with it', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    await ledger.call('rules.create', HOME_VISIT);
    await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-03-02' }]);
    expect(await reminders(ledger, '本所-01')).toHaveLength(1);
    expect(await ledger.call('rules.delete', { code: '本所-01' })).toEqual({ code: '本所-01' });
    expect(await codes(ledger)).not.toContain('本所-01');
    expect(await reminders(ledger, '本所-01')).toEqual([]);
  });

  it('refuses a seeded rule (even an edited one) and an unknown code', async () => {
    const ledger = openTestLedger();
    await ledger.call('rules.save', {
      code: 'AB-03',
      offset: 3,
      unit: '工作日',
      enabled: true,
      task: '与安置帮教衔接',
    });
    expect((await ledger.fail('rules.delete', { code: 'AB-03' })).message).toBe(
      '规则 AB-03 随应用提供，不能删除；不需要时请取消“启用”',
    );
    expect((await ledger.fail('rules.delete', { code: '本所-99' })).message).toBe('规则不存在');
    expect(await codes(ledger)).toContain('AB-03');
  });
});

describe('rules.create validation', () => {
  const cases: [what: string, input: unknown, message: string, field: string][] = [
    ['a code without the office prefix', { ...HOME_VISIT, code: 'CC-18' }, '规则编号应以“本所-”开头', 'code'],
    [
      'a code with other characters',
      { ...HOME_VISIT, code: '本所-0 1' },
      '规则编号只能用汉字、字母、数字和“-”',
      'code',
    ],
    [
      'another subject',
      { ...HOME_VISIT, subject: 'office' },
      '适用对象应为社区矫正对象、安置帮教对象或人民调解案件',
      'subject',
    ],
    [
      'an event of another subject',
      { ...HOME_VISIT, trigger: 'event:受理' },
      '触发“受理”不是社区矫正对象的事件或日期',
      'trigger',
    ],
    [
      'a field that is no date of the subject',
      { ...HOME_VISIT, trigger: 'field:name' },
      '触发“name”不是社区矫正对象的事件或日期',
      'trigger',
    ],
    [
      'a completing event of another subject',
      { ...HOME_VISIT, doneBy: '回访' },
      '完成事件“回访”不是社区矫正对象的事件类型',
      'doneBy',
    ],
    ['negative working days', { ...HOME_VISIT, offset: -1, unit: '工作日' }, '工作日期限不能为负数', 'offset'],
    ['no basis', { ...HOME_VISIT, basis: '  ' }, '请填写依据', 'basis'],
    ['no task', { ...HOME_VISIT, task: '' }, '请填写要做的事', 'task'],
  ];
  for (const [what, input, message, field] of cases) {
    it(`refuses ${what} in Chinese, naming the field, and writes nothing`, async () => {
      const ledger = openTestLedger();
      const before = await codes(ledger);
      const error = await ledger.fail('rules.create', input);
      expect(error.message).toContain(message);
      expect(error.fields?.[field]).toContain(message);
      expect(await codes(ledger)).toEqual(before);
    });
  }

  it('refuses a code already in use', async () => {
    const ledger = openTestLedger();
    await ledger.call('rules.create', HOME_VISIT);
    const error = await ledger.fail('rules.create', { ...HOME_VISIT, task: '另一件事' });
    expect(error).toEqual({
      message: '规则编号“本所-01”已存在，请换一个',
      fields: { code: '规则编号“本所-01”已存在，请换一个' },
    });
    expect((await ledger.call('rules.list', {})).rules.find((r) => r.code === '本所-01')?.task).toBe('首次家访');
  });
});
