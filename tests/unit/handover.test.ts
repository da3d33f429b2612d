import { describe, expect, it } from 'vitest';
import { openTestLedger, seedSettings } from './helpers';
import { createPerson, reminders } from './people';

// 转入安置帮教 (docs/spec/formats.md §12, “录一次”): a 社区矫正对象 whose term ended (期满解矫) becomes a 安置帮教对象 in
// one step, everything the roster knows carried over, the 3-year 帮教期 counted from the 解矫日期, the two records
// linked both ways, the step in the audit log; and the new person's rules (AB-…) start from their own form.

const TERM = {
  start_date: '2025-07-01',
  end_date: '2026-06-30',
  state: '期满解矫',
  name: '秦某乙',
  crime: '盗窃罪',
  sentence: '有期徒刑一年，缓刑一年',
  team: '王晓红（司法所）、李明（村委会）、秦某（父亲）',
  phone: '13900000007',
  residence: '东河镇新桥村3组',
};

describe('转入安置帮教', () => {
  it('creates the 安置帮教对象 with the carried-over data and the 3-year 期满, linked both ways and logged', async () => {
    const ledger = openTestLedger({ today: '2026-07-01' });
    await seedSettings(ledger);
    const person = await createPerson(ledger, [], TERM);
    const moved = await ledger.call('resettlement.transfer', { id: person.id });
    expect(moved.register).toBe('resettlement');
    expect(moved.data).toMatchObject({
      name: '秦某乙',
      crime: '盗窃罪',
      sentence: '有期徒刑一年，缓刑一年',
      team: '王晓红（司法所）、李明（村委会）、秦某（父亲）',
      phone: '13900000007',
      residence: '东河镇新桥村3组',
      category: '解除社区矫正',
      release_date: '2026-06-30',
      term_end: '2029-06-29',
      support_type: '一般',
      state: '在帮',
      registered_on: '2026-07-01',
    });
    expect(moved.computed['support_years']).toBe('3年');
    const links = async (register: 'correctionSubject' | 'resettlement', id: number) =>
      (await ledger.call('registers.links', { register, id })).links;
    expect(await links('correctionSubject', person.id)).toEqual([
      { label: '已转入安置帮教对象花名册', register: 'resettlement', id: moved.id },
    ]);
    expect(await links('resettlement', moved.id)).toEqual([
      { label: '转自社区矫正对象花名册', register: 'correctionSubject', id: person.id },
    ]);
    const { entries } = await ledger.call('audit.search', { register: 'resettlement' });
    expect(entries.map((e) => e.action)).toEqual(['create']);

    // Entered once: a second click is refused, and says why.
    expect((await ledger.fail('resettlement.transfer', { id: person.id })).message).toBe(
      '秦某乙已转入安置帮教，不能重复转入',
    );
  });

  it('starts the new person’s rules from the 报到: AB-04 入帮评估 a month later, then the interval of the level', async () => {
    const ledger = openTestLedger({ today: '2026-07-06' });
    await seedSettings(ledger);
    const person = await createPerson(ledger, [], TERM);
    const moved = await ledger.call('resettlement.transfer', { id: person.id });
    // The form as the clerk saves it: every field but the system's 帮教期满日期.
    const { term_end: _computed, ...form } = moved.data;
    const update = (changed: Record<string, unknown>) =>
      ledger.call('registers.update', { register: 'resettlement', id: moved.id, data: { ...form, ...changed } });
    await update({ report_date: '2026-07-03' });
    expect((await reminders(ledger, 'AB-04')).map((r) => r.due)).toEqual(['2026-08-03']);
    await update({
      report_date: '2026-07-03',
      assessments: [{ date: '2026-07-20', type: '入帮评估', level: '低' }],
    });
    expect(await reminders(ledger, 'AB-04')).toEqual([]);
    expect((await reminders(ledger, 'AB-05')).map((r) => r.due)).toEqual(['2026-10-20']);
  });

  it('refuses a person still under correction', async () => {
    const ledger = openTestLedger({ today: '2026-07-01' });
    const person = await createPerson(ledger, [], { ...TERM, state: '在矫' });
    expect((await ledger.fail('resettlement.transfer', { id: person.id })).message).toBe(
      '只有当前状态为“期满解矫”的社区矫正对象才能转入安置帮教',
    );
  });
});
