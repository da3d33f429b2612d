import { describe, expect, it } from 'vitest';
import { appraisalPerformance } from '../../src-shared/appraisalSummary';
import { approvalStatus } from '../../src-shared/approvalStatus';
import { registerDef } from '../../src-shared/registers';
import { recordSchema } from '../../src-shared/registers/schema';
import { openTestLedger, seedSettings, type TestLedger } from './helpers';
import { personData } from './people';

// docs/spec/formats.md §13: an 审批事项's fields per type, the office's 审批事项 list, the month's 考核 recorded one
// person after another, and the 期满鉴定's first words.

const people = registerDef('correctionSubject');

const away = {
  type: '外出（七日以内）',
  date: '2026-11-02',
  reason: '探望生病的母亲',
  destination: '南通市崇川区',
  away_from: '2026-11-05',
  away_to: '2026-11-08',
};

async function person(ledger: TestLedger, name: string, fields: Record<string, unknown> = {}) {
  return ledger.call('registers.create', {
    register: 'correctionSubject',
    data: { ...personData([], { name, start_date: '2026-01-05', end_date: '2027-01-04' }), ...fields },
  });
}

describe('审批事项 fields shown per type (shownFor)', () => {
  it('stores a detail field of another type empty, and still checks the ones the type shows', () => {
    const data = personData([], {
      approvals: [{ ...away, type: '会客', visitor: '张某（同案）', legal_basis: 'x'.repeat(500) }],
    });
    const parsed = recordSchema(people).parse(data);
    const [entry] = parsed['approvals'] as Record<string, unknown>[];
    expect(entry).toMatchObject({ type: '会客', visitor: '张某（同案）', reason: '探望生病的母亲' });
    // 目的地 and the dates are 外出's; 依据 (too long to save) is 奖惩's: none of them is kept, none refuses the save.
    expect(entry).toMatchObject({ destination: null, away_from: null, away_to: null, legal_basis: null });

    const tooLong = recordSchema(people).safeParse(
      personData([], { approvals: [{ ...away, reason: '因'.repeat(2001) }] }),
    );
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.message).toBe('事由不能超过2000个字');
  });
});

describe('月度考核 on the record', () => {
  const assessment = (month: string) =>
    personData([], { assessments: [{ month, date: '2026-12-01', result: '合格' }] });
  it('files the 考核月份 as 2026-11 however it is written, and refuses what is not a month', () => {
    for (const written of ['2026-11', '2026年11月', '2026.11', ' 2026 - 11 '])
      expect(
        (recordSchema(people).parse(assessment(written))['assessments'] as Record<string, unknown>[])[0],
      ).toMatchObject({
        month: '2026-11',
      });
    expect(
      (recordSchema(people).parse(assessment('2026-3'))['assessments'] as Record<string, unknown>[])[0],
    ).toMatchObject({
      month: '2026-03',
    });
    for (const wrong of ['11月', '2026-13', '上月']) {
      const parsed = recordSchema(people).safeParse(assessment(wrong));
      expect(parsed.error?.issues[0]?.message, wrong).toBe('考核月份应为年月，如 2026-11');
    }
  });
});

describe('where an 审批事项 stands', () => {
  const today = '2026-12-03';
  const away = { type: '外出（七日以内）' };
  it.each([
    [{ ...away }, '待报送', '待报送'],
    [{ ...away, submit_date: '2026-12-01' }, '待决定', '待决定'],
    [{ ...away, result: '批准' }, '公示中', '已批准·待公示'],
    [
      { ...away, result: '批准', notice_start: '2026-12-03', notice_end: '2026-12-09' },
      '公示中',
      '已批准·公示至2026-12-09',
    ],
    [{ ...away, result: '批准', notice_start: '2026-11-20', notice_end: '2026-11-26' }, '已办结', '已批准'],
    [
      { ...away, result: '批准', notice_start: '2026-11-20', notice_end: '2026-11-26', inform_date: '2026-11-27' },
      '已办结',
      '已告知',
    ],
    // 会客 is not posted: approved, it is done.
    [{ type: '会客', result: '批准', inform_date: '2026-12-02' }, '已办结', '已告知'],
    [{ ...away, submit_date: '2026-12-01', result: '不批准' }, '不批准', '不批准'],
  ])('%o → %s (%s)', (entry, stage, words) => {
    expect(approvalStatus(entry, today)).toEqual({ stage, words });
  });
});

describe('the office’s 审批事项', () => {
  it('lists every live person’s matters with their status, filtered by type, status and month', async () => {
    const ledger = openTestLedger({ today: '2026-12-03' });
    await seedSettings(ledger);
    const wang = await person(ledger, '王某', {
      approvals: [
        { ...away, office_opinion: '同意', submit_date: '2026-11-03' },
        {
          type: '表扬',
          date: '2026-12-01',
          facts: '积极参加公益活动',
          result: '批准',
          decision_date: '2026-12-02',
          notice_start: '2026-12-03',
          notice_end: '2026-12-09',
        },
      ],
    });
    await person(ledger, '李某', {
      approvals: [{ type: '会客', date: '2026-11-20', visitor: '张某', result: '不批准' }],
    });
    const gone = await person(ledger, '赵某', { approvals: [{ ...away, date: '2026-11-10' }] });
    await ledger.call('registers.delete', { register: 'correctionSubject', id: gone.id });

    const all = (await ledger.call('correction.approvals', {})).rows;
    expect(all.map((r) => [r.name, r.type, r.date, r.status, r.stage])).toEqual([
      ['王某', '表扬', '2026-12-01', '已批准·公示至2026-12-09', '公示中'],
      ['李某', '会客', '2026-11-20', '不批准', '不批准'],
      ['王某', '外出（七日以内）', '2026-11-02', '待决定', '待决定'],
    ]);
    expect(all[0]).toMatchObject({ personId: wang.id, entryIndex: 1 });

    const byType = await ledger.call('correction.approvals', { type: '外出（七日以内）' });
    expect(byType.rows.map((r) => r.name)).toEqual(['王某']);
    const byStage = await ledger.call('correction.approvals', { stage: '不批准' });
    expect(byStage.rows.map((r) => r.type)).toEqual(['会客']);
    const byMonth = await ledger.call('correction.approvals', { month: '2026-12' });
    expect(byMonth.rows.map((r) => r.type)).toEqual(['表扬']);
    expect((await ledger.fail('correction.approvals', { month: '2026-13' })).message).toBe(
      '月份应为“年-月”，如 2026-11',
    );
  });
});

describe('the month’s 考核', () => {
  const entry = {
    date: '2026-11-28',
    remorse: '好',
    compliance: '好',
    supervision: '较好',
    education: '好',
    result: '合格',
    notified_date: '2026-11-30',
  };

  it('lists who was under correction in the month and records one person’s 考核 on the record, audited', async () => {
    const ledger = openTestLedger({ today: '2026-12-03' });
    await seedSettings(ledger);
    const wang = await person(ledger, '王某');
    await person(ledger, '李某', { start_date: '2026-11-20' });
    await person(ledger, '钱某', { start_date: '2026-12-01', end_date: '2027-06-01' });
    await person(ledger, '孙某', { start_date: '2025-11-01', end_date: '2026-11-10', state: '期满解矫' });
    await person(ledger, '周某', { start_date: '2025-01-01', end_date: '2026-10-31', state: '期满解矫' });
    await person(ledger, '吴某', { start_date: '2025-06-01', end_date: '2027-06-01', state: '收监' });

    const month = await ledger.call('correction.assessments', { month: '2026-11' });
    expect(month.people.map((p) => p.name).sort()).toEqual(['李某', '孙某', '王某'].sort());
    expect(month.people.every((p) => p.assessment === null)).toBe(true);

    const saved = await ledger.call('correction.saveAssessment', { id: wang.id, month: '2026-11', entry });
    expect(saved.person.assessment).toMatchObject({ month: '2026-11', result: '合格', date: '2026-11-28' });
    // Again for the same month: in place of the first, not beside it.
    await ledger.call('correction.saveAssessment', {
      id: wang.id,
      month: '2026-11',
      entry: { ...entry, result: '基本合格' },
    });
    await ledger.call('correction.saveAssessment', {
      id: wang.id,
      month: '2026-10',
      entry: { ...entry, date: '2026-10-30' },
    });
    const record = await ledger.call('registers.get', { register: 'correctionSubject', id: wang.id });
    expect((record.data['assessments'] as Record<string, unknown>[]).map((a) => [a['month'], a['result']])).toEqual([
      ['2026-10', '合格'],
      ['2026-11', '基本合格'],
    ]);
    const history = await ledger.call('audit.record', { register: 'correctionSubject', id: wang.id });
    expect(history.entries.filter((e) => e.action === 'update')).toHaveLength(3);
    const again = await ledger.call('correction.assessments', { month: '2026-11' });
    expect(again.people.find((p) => p.id === wang.id)?.assessment?.['result']).toBe('基本合格');
  });

  it('refuses a bad row, naming the field, and writes nothing', async () => {
    const ledger = openTestLedger({ today: '2026-12-03' });
    await seedSettings(ledger);
    const wang = await person(ledger, '王某');
    const later = await person(ledger, '钱某', { start_date: '2026-12-01', end_date: '2027-06-01' });
    const before = await ledger.call('registers.get', { register: 'correctionSubject', id: wang.id });

    const noGrade = await ledger.fail('correction.saveAssessment', {
      id: wang.id,
      month: '2026-11',
      entry: { ...entry, result: '' },
    });
    expect(noGrade.message).toContain('考核结果不能为空');
    const badGrade = await ledger.fail('correction.saveAssessment', {
      id: wang.id,
      month: '2026-11',
      entry: { ...entry, result: '优秀' },
    });
    expect(badGrade.message).toBe('考核结果“优秀”不是设置中的考核结果（合格、基本合格、不合格）');
    const badDate = await ledger.fail('correction.saveAssessment', {
      id: wang.id,
      month: '2026-11',
      entry: { ...entry, date: '2026-11-31' },
    });
    expect(badDate.message).toContain('考核日期不是有效日期');
    const notYet = await ledger.fail('correction.saveAssessment', { id: later.id, month: '2026-11', entry });
    expect(notYet.message).toBe('钱某在2026-11不在矫正期内，不能考核');

    const after = await ledger.call('registers.get', { register: 'correctionSubject', id: wang.id });
    expect(after.updatedAt).toBe(before.updatedAt);
    expect(after.data['assessments']).toEqual([]);
  });

  it('offers the office’s own grades', async () => {
    const ledger = openTestLedger({ today: '2026-12-03' });
    const settings = await seedSettings(ledger);
    await ledger.call('settings.save', {
      ...settings,
      assessmentScale: { grades: ['优', '良', '差'], failing: ['差'] },
    });
    const wang = await person(ledger, '王某');
    const saved = await ledger.call('correction.saveAssessment', {
      id: wang.id,
      month: '2026-11',
      entry: { ...entry, result: '良' },
    });
    expect(saved.person.assessment?.['result']).toBe('良');
    expect((await ledger.call('lookups.get', {})).assessmentGrades).toEqual(['优', '良', '差']);
  });
});

describe('期满鉴定: 矫正期间表现 written from the record', () => {
  it('counts the 考核 by grade, the 奖惩 approved and the 实地查访', () => {
    const grades = ['合格', '基本合格', '不合格'];
    const assessments = [...Array.from({ length: 10 }, () => ({ result: '合格' })), { result: '基本合格' }];
    const approvals = [
      { type: '表扬', result: '批准' },
      { type: '警告', result: '不批准' },
      { type: '外出（七日以内）', result: '批准' },
    ];
    const fieldVisits = Array.from({ length: 12 }, (_, i) => ({ date: `2026-${String(i + 1).padStart(2, '0')}-10` }));
    expect(appraisalPerformance({ assessments, approvals, fieldVisits, grades })).toBe(
      '矫正期间共考核11次，其中合格10次、基本合格1次；受到表扬1次；实地查访12次。',
    );
    expect(appraisalPerformance({ assessments: [], approvals: [], fieldVisits: [], grades })).toBe(
      '矫正期间未记录月度考核；未受到表扬、训诫、警告；实地查访0次。',
    );
  });
});
