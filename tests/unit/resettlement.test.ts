import { describe, expect, it } from 'vitest';
import { archiveRetention, supportTermEnd, supportYears } from '../../src-shared/resettlement';
import { openTestLedger, seedSettings } from './helpers';
import { assessment, createSupported, visit } from './resettlementPeople';

// §12 安置帮教对象花名册: 人员类别 decides the 帮教期 (刑满释放 5 年, 解除社区矫正 3 年, handbook (13)①), and the
// 帮教期满日期 is the release date + the years − 1 day, stored on every save so the list sorts and filters by it.

describe('帮教期', () => {
  it('is 5 years after prison, 3 after community correction, ending the day before the anniversary', () => {
    expect(supportYears('刑满释放')).toBe(5);
    expect(supportYears('解除社区矫正')).toBe(3);
    expect(supportYears(null)).toBeNull();
    expect(supportTermEnd('刑满释放', '2026-03-10')).toBe('2031-03-09');
    expect(supportTermEnd('解除社区矫正', '2026-03-10')).toBe('2029-03-09');
    // Released on 1 January: the period ends on 31 December; on 29 February: the 28th before the anniversary.
    expect(supportTermEnd('解除社区矫正', '2026-01-01')).toBe('2028-12-31');
    expect(supportTermEnd('刑满释放', '2028-02-29')).toBe('2033-02-27');
    expect(supportTermEnd('刑满释放', '')).toBeNull();
  });

  it('keeps the file 15 years for a 重点 person, 10 for a 一般 one, from the year after the period ends', () => {
    expect(archiveRetention('重点', '2031-03-09')).toBe('15年（至2046年底）');
    expect(archiveRetention('一般', '2031-03-09')).toBe('10年（至2041年底）');
    expect(archiveRetention('一般', null)).toBeNull();
  });

  it('is stored with the record and follows a change of 人员类别 or 释放日期', async () => {
    const ledger = openTestLedger({ today: '2026-03-20' });
    await seedSettings(ledger);
    const person = await createSupported(ledger, { category: '刑满释放', release_date: '2026-03-10' });
    expect(person.row.data['term_end']).toBe('2031-03-09');
    const changed = await person.update({ category: '解除社区矫正' });
    expect(changed.data['term_end']).toBe('2029-03-09');
    const moved = await person.update({ release_date: '2026-04-01' });
    expect(moved.data['term_end']).toBe('2029-03-31');
    // A typed 帮教期满日期 is refused: the field is the system's.
    const typed = await ledger.fail('registers.update', {
      register: 'resettlement',
      id: person.id,
      data: { ...moved.data, term_end: '2040-01-01' },
    });
    expect(typed.message).toContain('term_end');
  });
});

describe('安置帮教对象花名册 list', () => {
  it('filters by 人员类别, 帮教类别, 社会适应指数等级, 当前状态 and the year the 帮教期 ends', async () => {
    const ledger = openTestLedger({ today: '2026-03-20' });
    await seedSettings(ledger);
    // Ends 2031-03-09; ends 2029-03-09; ends 2031-06-30 but is 重点 and low.
    await createSupported(ledger, { name: '甲', category: '刑满释放', release_date: '2026-03-10' });
    await createSupported(ledger, { name: '乙', category: '解除社区矫正', release_date: '2026-03-10' });
    await createSupported(ledger, {
      name: '丙',
      category: '刑满释放',
      release_date: '2026-07-01',
      support_type: '重点',
      adaptation_level: '低',
      state: '提前撤销',
    });
    const names = async (filters: Record<string, string>) =>
      (await ledger.call('registers.list', { register: 'resettlement', filters })).rows.map((r) => r.data['name']);
    expect(await names({ term_end: '2031' })).toEqual(['甲', '丙']);
    expect(await names({ term_end: '2029' })).toEqual(['乙']);
    expect(await names({ term_end: '2030' })).toEqual([]);
    expect(await names({ category: '解除社区矫正' })).toEqual(['乙']);
    expect(await names({ support_type: '重点' })).toEqual(['丙']);
    expect(await names({ adaptation_level: '低' })).toEqual(['丙']);
    expect(await names({ state: '在帮' })).toEqual(['乙', '甲']);
    expect(await names({ term_end: '2031', state: '在帮' })).toEqual(['甲']);
    expect(
      (await ledger.fail('registers.list', { register: 'resettlement', filters: { term_end: '明年' } })).message,
    ).toBe('帮教期满年份无效');
  });
});

describe('§B rules that depend on the person', () => {
  // AB-08 (解除 at the end of the 帮教期) is every person's from the start, years ahead: left out here.
  const codesOf = async (ledger: ReturnType<typeof openTestLedger>) =>
    (await ledger.call('reminders.list', {})).reminders
      .filter((r) => r.subject?.register === 'resettlement' && r.ruleCode !== 'AB-08')
      .map((r) => `${r.ruleCode} ${r.due}`)
      .sort();

  it('visits a 一般 person quarterly for three years, then half-yearly (year 4: AB-07A, not AB-07)', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    // Released 2022-01-05: the fourth year began 2025-01-05. Last visit 2025-09-01 → next by 2026-03-01.
    await createSupported(ledger, { release_date: '2022-01-05', visits: [visit('2025-09-01')] });
    // Released 2024-01-05: the last visit 2026-01-04 is still in the third year → quarterly, 2026-04-04.
    await createSupported(ledger, { release_date: '2023-01-05', visits: [visit('2026-01-04')] });
    expect(await codesOf(ledger)).toEqual(['AB-07 2026-04-04', 'AB-07A 2026-03-01']);
  });

  it('visits a 重点 person monthly whatever the year', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    await createSupported(ledger, { release_date: '2022-01-05', support_type: '重点', visits: [visit('2026-02-10')] });
    expect(await codesOf(ledger)).toEqual(['AB-06 2026-03-31']);
  });

  it('assesses at the interval of the level the latest assessment gave (等级调整)', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    const person = await createSupported(ledger, {
      adaptation_level: '中',
      assessments: [assessment('2026-03-02', '日常评估', '中')],
    });
    expect(await codesOf(ledger)).toEqual(['AB-05B 2026-09-02', 'AB-07 2026-04-05']);
    // An 即时评估 after a major change lowers the index: the form's level follows, and so does the interval.
    const lowered = await person.update({
      assessments: [assessment('2026-03-02', '日常评估', '中'), assessment('2026-03-03', '即时评估', '低')],
    });
    expect(lowered.data['adaptation_level']).toBe('低');
    expect(await codesOf(ledger)).toEqual(['AB-05A 2026-06-02', 'AB-07 2026-04-05']);
  });

  it('closes the 报到 duty when the person refused to sign the 帮教协议 (noted on the form)', async () => {
    const ledger = openTestLedger({ today: '2026-03-02' });
    const person = await createSupported(ledger, { report_date: '2026-03-02', file_date: '2026-03-02' });
    expect((await codesOf(ledger)).filter((c) => c.startsWith('AB-02'))).toEqual(['AB-02 2026-03-02']);
    await person.update({ agreement_refused: true });
    expect((await codesOf(ledger)).filter((c) => c.startsWith('AB-02'))).toEqual([]);
  });

  it('owes nothing once released from it (期满解除, 提前撤销 …)', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    await createSupported(ledger, { report_date: '2026-03-02', state: '提前撤销' });
    expect(await codesOf(ledger)).toEqual([]);
  });
});
