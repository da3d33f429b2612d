import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src-main/core';
import { DATABASE_FILE } from '../../src-main/core/db/open';
import { migrations } from '../../src-main/core/db/migrations';
import type { StoredRule } from '../../src-shared/rules';
import { disputeTypes } from '../../src-shared/codes';
import { registerDef, type RegisterKey } from '../../src-shared/registers';
import { invokeAsAdmin } from '../support/session';
import { openTestLedger, seedSettings, tempDir, type TestLedger } from './helpers';
import { committeeIdsOf, sampleRecord, type SampleData } from './samples';

// 首页's quotas and twelve-month trends, computed by the core on a real ledger: records created through the API,
// read back through home.quotas / home.trends.

async function office(today: string) {
  const ledger = openTestLedger({ today });
  const committeeIds = committeeIdsOf(await seedSettings(ledger));
  const create = async (register: RegisterKey, date: string, fields: SampleData = {}) =>
    ledger.call('registers.create', {
      register,
      data: { ...sampleRecord(registerDef(register), { committeeIds, date }), ...fields },
    });
  return { ledger, create };
}

async function quotaOf(ledger: TestLedger, code: string) {
  const { quotas } = await ledger.call('home.quotas', {});
  return quotas.find((q) => q.ruleCode === code);
}

const progress = (quota: Awaited<ReturnType<typeof quotaOf>>) => quota?.periods.map((p) => [p.label, p.have, p.state]);

describe('home.quotas', () => {
  it('counts the month’s 典型案例, 工作信息 and 排查 against the rules’ targets, month edges included', async () => {
    const { ledger, create } = await office('2026-03-10');
    await create('typicalCase', '2026-02-28'); // last month
    await create('typicalCase', '2026-03-01');
    await create('typicalCase', '2026-03-31'); // the month's last day counts, even ahead of today
    await create('typicalCase', '2026-04-01'); // next month
    const deleted = await create('typicalCase', '2026-03-05');
    await ledger.call('registers.delete', { register: 'typicalCase', id: deleted.id });
    await create('workInfo', '2026-03-09');
    await create('disputeScreening', '2026-03-15'); // the 15th is still 上半月

    const result = await ledger.call('home.quotas', {});
    expect(result).toMatchObject({ year: 2026, month: 3 });
    expect(result.quotas.map((q) => [q.ruleCode, q.name, q.register, q.needed])).toEqual([
      ['MR-02', '典型案例', 'typicalCase', 3],
      ['MR-03', '工作信息', 'workInfo', 2],
      ['RM-04', '矛盾纠纷排查', 'disputeScreening', 1],
    ]);
    expect(progress(await quotaOf(ledger, 'MR-02'))).toEqual([['本月', 2, 'open']]);
    expect(progress(await quotaOf(ledger, 'MR-03'))).toEqual([['本月', 1, 'open']]);
    expect((await quotaOf(ledger, 'RM-04'))?.periods).toEqual([
      { label: '上半月', from: '2026-03-01', to: '2026-03-15', have: 1, state: 'done' },
      { label: '下半月', from: '2026-03-16', to: '2026-03-31', have: 0, state: 'upcoming' },
    ]);
  });

  it('takes the 典型案例 target from the setting, and drops a disabled rule', async () => {
    const { ledger, create } = await office('2026-03-10');
    await create('typicalCase', '2026-03-02');
    const settings = await ledger.call('settings.get', {});
    await ledger.call('settings.save', { ...settings, typicalCaseQuota: 1 });
    expect(await quotaOf(ledger, 'MR-02')).toMatchObject({ needed: 1, periods: [{ have: 1, state: 'done' }] });

    const mr03 = (await ledger.call('rules.list', {})).rules.find((r) => r.code === 'MR-03')!;
    await ledger.call('rules.save', {
      code: 'MR-03',
      offset: mr03.offset,
      unit: mr03.unit,
      task: mr03.task,
      enabled: false,
    });
    expect(await quotaOf(ledger, 'MR-03')).toBeUndefined();
  });

  it('marks a half-month that ended short as missed, and one under way as open', async () => {
    const { ledger, create } = await office('2026-02-20');
    await create('disputeScreening', '2026-01-31'); // January does not count for February
    expect(progress(await quotaOf(ledger, 'RM-04'))).toEqual([
      ['上半月', 0, 'missed'],
      ['下半月', 0, 'open'],
    ]);
    await create('disputeScreening', '2026-02-28');
    expect((await quotaOf(ledger, 'RM-04'))?.periods[1]).toEqual({
      label: '下半月',
      from: '2026-02-16',
      to: '2026-02-28',
      have: 1,
      state: 'done',
    });
  });
});

describe('home.trends', () => {
  it('moves its window with the day, though nothing was saved in between', async () => {
    let today = '2026-03-31';
    const ledger = openTestLedger({ today: () => today });
    const lastMonth = async () => (await ledger.call('home.trends', {})).mediationByType.months.at(-1)?.month;
    expect(await lastMonth()).toBe('2026-03');
    today = '2026-04-01';
    expect(await lastMonth()).toBe('2026-04');
  });

  it('gives twelve months ending this month, empty months as 0, across the year boundary', async () => {
    const { ledger, create } = await office('2026-03-10');
    const [marriage, neighbour] = [disputeTypes[0]!, disputeTypes[1]!];
    await create('mediationCase', '2025-03-31', { dispute_type: marriage.value }); // before the window
    await create('mediationCase', '2025-04-01', { dispute_type: marriage.value }); // its first day
    await create('mediationCase', '2025-12-31', { dispute_type: neighbour.value });
    await create('mediationCase', '2026-01-01', { dispute_type: neighbour.value });
    await create('mediationCase', '2026-01-15', { dispute_type: marriage.value });
    await create('mediationCase', '2026-03-31', { dispute_type: neighbour.value }); // its last day
    await create('petition', '2026-02-03', { method: '来信' });
    await create('petition', '2026-02-04', { method: '来访' });
    await create('petition', '2026-02-05', { method: '来访' });

    const { mediationByType, petitionsByMethod } = await ledger.call('home.trends', {});
    expect(mediationByType.months.map((m) => m.month)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(mediationByType.months.map((m) => m.label)).toEqual([
      '2025年4月',
      '5月',
      '6月',
      '7月',
      '8月',
      '9月',
      '10月',
      '11月',
      '12月',
      '2026年1月',
      '2月',
      '3月',
    ]);
    // Series ranked by their twelve-month totals (邻里 3, 婚姻家庭 2), labelled from the code table.
    expect(mediationByType.series).toEqual([
      { key: neighbour.value, label: neighbour.label },
      { key: marriage.value, label: marriage.label },
    ]);
    const counts = Object.fromEntries(mediationByType.months.map((m) => [m.month, m.counts]));
    expect(counts['2025-04']).toEqual({ [neighbour.value]: 0, [marriage.value]: 1 });
    expect(counts['2025-05']).toEqual({ [neighbour.value]: 0, [marriage.value]: 0 });
    expect(counts['2025-12']).toEqual({ [neighbour.value]: 1, [marriage.value]: 0 });
    expect(counts['2026-01']).toEqual({ [neighbour.value]: 1, [marriage.value]: 1 });
    expect(counts['2026-03']).toEqual({ [neighbour.value]: 1, [marriage.value]: 0 });

    expect(petitionsByMethod.series).toEqual([
      { key: '来访', label: '来访' },
      { key: '来信', label: '来信' },
    ]);
    expect(petitionsByMethod.months.find((m) => m.month === '2026-02')?.counts).toEqual({ 来访: 2, 来信: 1 });
    expect(
      petitionsByMethod.months
        .filter((m) => m.month !== '2026-02')
        .every((m) => m.counts['来访'] === 0 && m.counts['来信'] === 0),
    ).toBe(true);
  });

  it('writes the year on January, and on the first month unless it is December', async () => {
    const { ledger } = await office('2026-11-21');
    const { mediationByType } = await ledger.call('home.trends', {});
    expect(mediationByType.months.map((m) => m.label).slice(0, 3)).toEqual(['12月', '2026年1月', '2月']);
  });

  it('folds the smallest 纠纷类型 into 其他 beyond six, and an empty ledger gives twelve zero months', async () => {
    const { ledger, create } = await office('2026-03-10');
    const empty = await ledger.call('home.trends', {});
    expect(empty.mediationByType.series).toEqual([]);
    expect(empty.mediationByType.months).toHaveLength(12);
    expect(empty.mediationByType.months.every((m) => Object.keys(m.counts).length === 0)).toBe(true);

    // Eight types; type i has 8 - i cases, so the two smallest (7th and 8th) become 其他.
    for (let i = 0; i < 8; i++) {
      for (let n = 0; n < 8 - i; n++)
        await create('mediationCase', '2026-02-10', { dispute_type: disputeTypes[i]!.value });
    }
    const { mediationByType } = await ledger.call('home.trends', {});
    expect(mediationByType.series.map((s) => s.label)).toEqual([
      ...disputeTypes.slice(0, 5).map((t) => t.label),
      '其他',
    ]);
    const february = mediationByType.months.find((m) => m.month === '2026-02')!;
    expect(Object.values(february.counts)).toEqual([8, 7, 6, 5, 4, 3 + 2 + 1]);
  });
});

describe('migration 0007 on an existing ledger', () => {
  async function upgraded(editMr03: boolean) {
    const dir = tempDir();
    const v5 = new Database(path.join(dir, DATABASE_FILE));
    for (const migration of migrations.filter((m) => m.version <= 5)) migration.up(v5);
    v5.pragma('user_version = 5');
    if (editMr03) v5.prepare("UPDATE deadline_rule SET custom = 1 WHERE code = 'MR-03'").run();
    v5.close();
    const core = createCore(dir, { log: () => {} });
    try {
      const result = await invokeAsAdmin(core, 'rules.list', {});
      if (!result.ok) throw new Error(result.error.message);
      return (result.value as { rules: StoredRule[] }).rules.find((r) => r.code === 'MR-03');
    } finally {
      await core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('makes an untouched MR-03 count 工作信息 and turns it on, but keeps an office’s own edit', async () => {
    expect(await upgraded(false)).toMatchObject({
      enabled: true,
      custom: false,
      doneBy: { kind: 'count', register: 'workInfo', count: 2 },
    });
    expect(await upgraded(true)).toMatchObject({ enabled: false, custom: true, doneBy: { kind: 'none' } });
  });
});
