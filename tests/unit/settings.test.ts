import { describe, expect, it } from 'vitest';
import { registerDef, registers, type RegisterKey } from '../../src-shared/registers';
import { DEFAULT_AGREEMENT_CLAUSES } from '../../src-shared/resettlementClauses';
import { DEFAULT_ASSESSMENT_SCALE } from '../../src-shared/assessmentScale';
import type { SettingsInput } from '../../src-shared/settings';
import { invokeAsAdmin } from '../support/session';
import { openTestLedger, seedSettings, type TestLedger } from './helpers';
import { committeeIdsOf, sampleRecord, type SampleData } from './samples';

describe('settings', () => {
  it('starts empty on a new ledger, with the reporting defaults (version C, due on the 3rd, 3 cases a month)', async () => {
    const ledger = openTestLedger();
    expect(await ledger.call('settings.get', {})).toEqual({
      officeName: '',
      county: null,
      township: null,
      committees: [],
      staff: [],
      disputeTypeVersion: 'C',
      reportDeadlineDay: 3,
      typicalCaseQuota: 3,
      idleLockMinutes: 15,
      resettlementClauses: DEFAULT_AGREEMENT_CLAUSES,
      assessmentScale: DEFAULT_ASSESSMENT_SCALE,
    });
  });

  it('keeps the reporting settings and rejects a deadline after the 28th', async () => {
    const ledger = openTestLedger();
    const saved = await seedSettings(ledger);
    const next = await ledger.call('settings.save', {
      ...saved,
      disputeTypeVersion: 'A',
      reportDeadlineDay: 5,
      typicalCaseQuota: 2,
    });
    expect([next.disputeTypeVersion, next.reportDeadlineDay, next.typicalCaseQuota]).toEqual(['A', 5, 2]);
    const error = await ledger.fail('settings.save', { ...saved, reportDeadlineDay: 31 });
    expect(error.message).toBe('月报截止日应在1到28日之间');
    expect((await ledger.call('settings.get', {})).reportDeadlineDay).toBe(5);
  });

  it('saves and reads back the whole page, giving ids to new rows', async () => {
    const ledger = openTestLedger();
    const saved = await seedSettings(ledger);
    expect(await ledger.call('settings.get', {})).toEqual(saved);
    expect(saved.officeName).toBe('东河镇司法所');
    expect(saved.county).toBe('如东县');
    expect(saved.township).toBe('东河镇');
    expect(saved.committees.map((c) => [c.name, c.shortName, c.kind, c.active])).toEqual([
      ['东河镇人民调解委员会', '东', '乡镇调委会', true],
      ['新桥村人民调解委员会', '新桥', '村调委会', true],
    ]);
    expect(saved.committees.every((c) => typeof c.id === 'number' && c.id > 0)).toBe(true);
    expect(saved.staff.map((s) => [s.name, s.position, s.active])).toEqual([
      ['王晓红', '所长', true],
      ['李明', '科员', true],
    ]);
  });

  it('trims text and stores blank optional text as null', async () => {
    const ledger = openTestLedger();
    const saved = await ledger.call('settings.save', {
      officeName: '  西山乡司法所 ',
      county: '   ',
      township: null,
      committees: [{ name: ' 西山乡人民调解委员会 ', shortName: ' 西 ', kind: '乡镇调委会', active: true }],
      staff: [{ name: '周平', position: '', active: true }],
    });
    expect(saved.officeName).toBe('西山乡司法所');
    expect(saved.county).toBeNull();
    expect(saved.committees[0]?.shortName).toBe('西');
    expect(saved.committees[0]?.name).toBe('西山乡人民调解委员会');
    expect(saved.staff[0]?.position).toBeNull();
  });

  it('swaps the short names of two committees', async () => {
    const ledger = openTestLedger();
    const settings = await seedSettings(ledger);
    const dong = settings.committees[0]!;
    const xinqiao = settings.committees[1]!;
    const swapped = await ledger.call('settings.save', {
      ...settings,
      committees: [
        { ...dong, shortName: '新桥' },
        { ...xinqiao, shortName: '东' },
      ],
    });
    expect(swapped.committees.map((c) => [c.id, c.shortName])).toEqual([
      [dong.id, '新桥'],
      [xinqiao.id, '东'],
    ]);
    expect((await ledger.call('settings.get', {})).committees).toEqual(swapped.committees);
    // New 卷号 follow the committee's new short name.
    const def = registerDef('mediationCase');
    const created = await ledger.call('registers.create', {
      register: 'mediationCase',
      data: sampleRecord(def, { committeeIds: committeeIdsOf(settings).slice(0, 1) }),
    });
    expect(created.data['case_no']).toBe('（2026）新桥人调字第1号');
  });

  it('renames, reorders, retires and adds committees and staff', async () => {
    const ledger = openTestLedger();
    const settings = await seedSettings(ledger);
    const [dong, xinqiao] = settings.committees;
    const [wang, li] = settings.staff;
    const input: SettingsInput = {
      ...settings,
      committees: [
        { ...xinqiao!, active: false },
        { ...dong!, name: '东河镇人民调解委员会（新）' },
        { name: '东风村人民调解委员会', shortName: '东风', kind: '村调委会', active: true },
      ],
      staff: [
        { ...li!, position: '副所长' },
        { ...wang!, active: false },
        { name: '赵敏', position: null, active: true },
      ],
    };
    const saved = await ledger.call('settings.save', input);
    expect(saved.committees.map((c) => [c.shortName, c.active])).toEqual([
      ['新桥', false],
      ['东', true],
      ['东风', true],
    ]);
    expect(saved.committees[1]?.name).toBe('东河镇人民调解委员会（新）');
    expect(saved.committees[0]?.id).toBe(xinqiao?.id);
    expect(saved.staff.map((s) => [s.name, s.position, s.active])).toEqual([
      ['李明', '副所长', true],
      ['王晓红', '所长', false],
      ['赵敏', null, true],
    ]);
    expect(await ledger.call('settings.get', {})).toEqual(saved);
  });
});

describe('lookups', () => {
  async function withMediators() {
    const ledger = openTestLedger();
    const committeeIds = committeeIdsOf(await seedSettings(ledger));
    const def = registerDef('mediator');
    const add = (name: string, pick: number) =>
      ledger.call('registers.create', { register: 'mediator', data: sampleRecord(def, { committeeIds, name, pick }) });
    return { ledger, committeeIds, add };
  }

  it('lists the committees, staff and the roster’s mediator names', async () => {
    const { ledger, committeeIds, add } = await withMediators();
    await add('钱调解', 0);
    await add('孙调解', 1);
    const lookups = await ledger.call('lookups.get', {});
    expect(lookups.committees.map((c) => [c.id, c.shortName, c.active])).toEqual([
      [committeeIds[0], '东', true],
      [committeeIds[1], '新桥', true],
    ]);
    expect(lookups.staff.map((s) => s.name)).toEqual(['王晓红', '李明']);
    expect(lookups.mediators).toEqual(
      expect.arrayContaining([
        { name: '钱调解', committeeId: committeeIds[0] },
        { name: '孙调解', committeeId: committeeIds[1] },
      ]),
    );
    expect(lookups.mediators).toHaveLength(2);
  });

  it('drops a mediator moved to 回收站 and brings them back on restore', async () => {
    const { ledger, add } = await withMediators();
    await add('钱调解', 0);
    const removed = await add('孙调解', 0);
    await ledger.call('registers.delete', { register: 'mediator', id: removed.id });
    expect((await ledger.call('lookups.get', {})).mediators.map((m) => m.name)).toEqual(['钱调解']);
    await ledger.call('recycle.restore', { register: 'mediator', id: removed.id });
    expect((await ledger.call('lookups.get', {})).mediators.map((m) => m.name).sort()).toEqual(
      ['孙调解', '钱调解'].sort(),
    );
  });

  it('marks a retired committee inactive', async () => {
    const { ledger } = await withMediators();
    const settings = await ledger.call('settings.get', {});
    await ledger.call('settings.save', {
      ...settings,
      committees: settings.committees.map((c) => (c.shortName === '新桥' ? { ...c, active: false } : c)),
    });
    const lookups = await ledger.call('lookups.get', {});
    expect(lookups.committees.filter((c) => c.active).map((c) => c.shortName)).toEqual(['东']);
    expect(lookups.committees.find((c) => c.shortName === '新桥')?.active).toBe(false);
  });
});

describe('home.summary', () => {
  async function fill(ledger: TestLedger, committeeIds: number[], register: RegisterKey, dates: string[]) {
    const def = registerDef(register);
    const ids: number[] = [];
    for (const date of dates) {
      const data: SampleData = sampleRecord(def, { committeeIds, date });
      ids.push((await ledger.call('registers.create', { register, data })).id);
    }
    return ids;
  }

  it('counts records of the month, the year and in all, per book', async () => {
    const ledger = openTestLedger();
    const committeeIds = committeeIdsOf(await seedSettings(ledger));
    await fill(ledger, committeeIds, 'mediationCase', [
      '2026-03-01',
      '2026-03-31',
      '2026-04-01',
      '2026-01-15',
      '2025-03-10',
    ]);
    await fill(ledger, committeeIds, 'petition', ['2026-03-05', '2025-12-31']);
    const { counts } = await ledger.call('home.summary', { year: 2026, month: 3 });
    expect(counts.map((c) => c.register)).toEqual(registers.map((r) => r.key));
    expect(counts.find((c) => c.register === 'mediationCase')).toEqual({
      register: 'mediationCase',
      month: 2,
      year: 4,
      total: 5,
    });
    expect(counts.find((c) => c.register === 'petition')).toEqual({
      register: 'petition',
      month: 1,
      year: 1,
      total: 2,
    });
    expect(counts.find((c) => c.register === 'legalAid')).toEqual({
      register: 'legalAid',
      month: 0,
      year: 0,
      total: 0,
    });
  });

  it('counts December into its own year', async () => {
    const ledger = openTestLedger();
    const committeeIds = committeeIdsOf(await seedSettings(ledger));
    await fill(ledger, committeeIds, 'studyMeeting', ['2025-12-01', '2025-12-31', '2026-01-01']);
    const { counts } = await ledger.call('home.summary', { year: 2025, month: 12 });
    expect(counts.find((c) => c.register === 'studyMeeting')).toEqual({
      register: 'studyMeeting',
      month: 2,
      year: 2,
      total: 3,
    });
  });

  it('is kept between visits of 首页 and worked out again after any change, whatever made it', async () => {
    const ledger = openTestLedger();
    const committeeIds = committeeIdsOf(await seedSettings(ledger));
    const [first] = await fill(ledger, committeeIds, 'legalAid', ['2026-03-01']);
    const summary = () => ledger.call('home.summary', { year: 2026, month: 3 });
    const legalAid = async () => (await summary()).counts.find((c) => c.register === 'legalAid');
    const kept = (await summary()).counts;
    expect((await summary()).counts).toBe(kept);
    // A save refused by validation writes nothing, and settings are not records: still the kept counts.
    const refused = await invokeAsAdmin(ledger.core, 'registers.create', { register: 'legalAid', data: {} });
    expect(refused.ok).toBe(false);
    const calendar = (await ledger.call('calendar.get', {})).years.at(-1)!;
    await ledger.call('calendar.saveYear', {
      year: calendar.year,
      holidays: calendar.holidays,
      workdays: calendar.workdays,
    });
    expect((await summary()).counts).toBe(kept);

    await fill(ledger, committeeIds, 'legalAid', ['2026-03-02']);
    expect(await legalAid()).toEqual({ register: 'legalAid', month: 2, year: 2, total: 2 });
    await ledger.call('registers.delete', { register: 'legalAid', id: first! });
    expect(await legalAid()).toEqual({ register: 'legalAid', month: 1, year: 1, total: 1 });
    await ledger.call('recycle.restore', { register: 'legalAid', id: first! });
    expect(await legalAid()).toEqual({ register: 'legalAid', month: 2, year: 2, total: 2 });
    // Not through a form at all (an import, a repair): counted again too.
    ledger.core.ledger.sqlite.prepare("UPDATE legal_aid SET receive_date = '2026-04-01' WHERE id = ?").run(first);
    expect(await legalAid()).toEqual({ register: 'legalAid', month: 1, year: 2, total: 2 });
  });

  it('leaves out records in 回收站', async () => {
    const ledger = openTestLedger();
    const committeeIds = committeeIdsOf(await seedSettings(ledger));
    const ids = await fill(ledger, committeeIds, 'legalAid', ['2026-03-01', '2026-03-02', '2026-02-01']);
    await ledger.call('registers.delete', { register: 'legalAid', id: ids[0]! });
    await ledger.call('registers.delete', { register: 'legalAid', id: ids[2]! });
    const { counts } = await ledger.call('home.summary', { year: 2026, month: 3 });
    expect(counts.find((c) => c.register === 'legalAid')).toEqual({
      register: 'legalAid',
      month: 1,
      year: 1,
      total: 1,
    });
  });
});
