import { describe, expect, it } from 'vitest';
import { ageOn } from '../../src-shared/dates';
import { registerDef } from '../../src-shared/registers';
import { openTestLedger, seedSettings, type TestLedger } from './helpers';
import { committeeIdsOf, makeIdNumber, partiesOf, sampleRecord, samplePerson, type SampleData } from './samples';

const caseDef = registerDef('mediationCase');

async function office(options: { today?: string } = {}) {
  const ledger = openTestLedger(options);
  const [dong, xinqiao] = committeeIdsOf(await seedSettings(ledger)) as [number, number];
  return { ledger, dong, xinqiao };
}

function caseData(committeeId: number, acceptDate: string, extra: SampleData = {}): SampleData {
  return {
    ...sampleRecord(caseDef, { committeeIds: [committeeId], date: acceptDate }),
    ...extra,
  };
}

async function newCase(ledger: TestLedger, committeeId: number, acceptDate: string, extra: SampleData = {}) {
  return ledger.call('registers.create', { register: 'mediationCase', data: caseData(committeeId, acceptDate, extra) });
}

describe('人民调解收结案登记簿: parties', () => {
  it('stores two 申请人 and one 被申请人 in order, under their roles', async () => {
    const { ledger, dong } = await office();
    const created = await newCase(ledger, dong, '2026-03-10', {
      applicants: [samplePerson('欧阳明', { phone: '13800001111' }), samplePerson('欧阳红', { sex: '女' })],
      respondents: [samplePerson('赵四', { address: '东河镇新桥村3组' })],
    });
    const fetched = await ledger.call('registers.get', { register: 'mediationCase', id: created.id });
    expect(partiesOf(fetched, 'applicants').map((p) => p.name)).toEqual(['欧阳明', '欧阳红']);
    expect(partiesOf(fetched, 'applicants').map((p) => p.sex)).toEqual(['男', '女']);
    expect(partiesOf(fetched, 'applicants')[0]?.phone).toBe('13800001111');
    expect(partiesOf(fetched, 'respondents').map((p) => p.name)).toEqual(['赵四']);
    expect(partiesOf(fetched, 'respondents')[0]?.address).toBe('东河镇新桥村3组');
    const rows = ledger.core.ledger.sqlite
      .prepare(
        "SELECT role, seq, name FROM party WHERE register = 'mediationCase' AND record_id = ? ORDER BY role, seq",
      )
      .all(created.id);
    expect(rows).toEqual([
      { role: 'applicant', seq: 0, name: '欧阳明' },
      { role: 'applicant', seq: 1, name: '欧阳红' },
      { role: 'respondent', seq: 0, name: '赵四' },
    ]);
  });

  it('fills birth date, sex and age of a party from the 身份证号', async () => {
    const { ledger, dong } = await office();
    const created = await newCase(ledger, dong, '2026-03-10', {
      respondents: [{ name: '赵四', sex: '男', birth_date: '1990-01-01', age: 3, id_number: '11010519491231002x' }],
    });
    const [respondent] = partiesOf(created, 'respondents');
    expect(respondent).toMatchObject({
      name: '赵四',
      kind: '自然人',
      id_number: '11010519491231002X',
      birth_date: '1949-12-31',
      sex: '女',
      age: ageOn('1949-12-31'),
    });
  });

  it('keeps no personal details for an organisation, but its 法定代表人', async () => {
    const { ledger, dong } = await office();
    const created = await newCase(ledger, dong, '2026-03-10', {
      respondents: [{ kind: '法人或其他组织', name: '东河建材有限公司', sex: '男', age: 40, legal_rep: '钱五' }],
    });
    expect(partiesOf(created, 'respondents')[0]).toMatchObject({
      kind: '法人或其他组织',
      name: '东河建材有限公司',
      sex: null,
      age: null,
      birth_date: null,
      legal_rep: '钱五',
    });
  });

  it('replaces the party blocks on update', async () => {
    const { ledger, dong } = await office();
    const created = await newCase(ledger, dong, '2026-03-10', {
      applicants: [samplePerson('欧阳明'), samplePerson('欧阳红')],
    });
    await ledger.call('registers.update', {
      register: 'mediationCase',
      id: created.id,
      data: caseData(dong, '2026-03-10', { applicants: [samplePerson('孙六')] }),
    });
    const fetched = await ledger.call('registers.get', { register: 'mediationCase', id: created.id });
    expect(partiesOf(fetched, 'applicants').map((p) => p.name)).toEqual(['孙六']);
    const count = ledger.core.ledger.sqlite
      .prepare('SELECT count(*) AS n FROM party WHERE record_id = ?')
      .get(created.id);
    expect(count).toEqual({ n: 2 });
    expect((await ledger.call('registers.list', { register: 'mediationCase', q: '欧阳红' })).total).toBe(0);
    expect((await ledger.call('registers.list', { register: 'mediationCase', q: '孙六' })).total).toBe(1);
  });
});

describe('人民调解收结案登记簿: 卷号', () => {
  it('numbers the first case of a year 第1号 and the next 第2号', async () => {
    const { ledger, dong } = await office();
    const first = await newCase(ledger, dong, '2026-03-10');
    const second = await newCase(ledger, dong, '2026-03-11');
    expect(first.data['case_no']).toBe('（2026）东人调字第1号');
    expect(second.data['case_no']).toBe('（2026）东人调字第2号');
  });

  it('numbers each year of 受理日期 independently', async () => {
    const { ledger, dong } = await office();
    await newCase(ledger, dong, '2026-02-01');
    await newCase(ledger, dong, '2026-02-02');
    const lastYear = await newCase(ledger, dong, '2025-12-31');
    const newYear = await newCase(ledger, dong, '2026-01-01');
    const lastYear2 = await newCase(ledger, dong, '2025-06-30');
    expect(lastYear.data['case_no']).toBe('（2025）东人调字第1号');
    expect(newYear.data['case_no']).toBe('（2026）东人调字第3号');
    expect(lastYear2.data['case_no']).toBe('（2025）东人调字第2号');
  });

  it('numbers each committee independently, with its short name', async () => {
    const { ledger, dong, xinqiao } = await office();
    await newCase(ledger, dong, '2026-03-10');
    await newCase(ledger, dong, '2026-03-11');
    const village = await newCase(ledger, xinqiao, '2026-03-12');
    const village2 = await newCase(ledger, xinqiao, '2026-03-13');
    const township = await newCase(ledger, dong, '2026-03-14');
    expect(village.data['case_no']).toBe('（2026）新桥人调字第1号');
    expect(village2.data['case_no']).toBe('（2026）新桥人调字第2号');
    expect(township.data['case_no']).toBe('（2026）东人调字第3号');
  });

  it('never reuses the number of a deleted case', async () => {
    const { ledger, dong } = await office();
    await newCase(ledger, dong, '2026-03-10');
    const second = await newCase(ledger, dong, '2026-03-11');
    await ledger.call('registers.delete', { register: 'mediationCase', id: second.id });
    const third = await newCase(ledger, dong, '2026-03-12');
    expect(third.data['case_no']).toBe('（2026）东人调字第3号');
    const restored = await ledger.call('recycle.restore', { register: 'mediationCase', id: second.id });
    expect(restored.data['case_no']).toBe('（2026）东人调字第2号');
  });

  it('keeps the 卷号 when a case is edited within the same year and committee', async () => {
    const { ledger, dong } = await office();
    const first = await newCase(ledger, dong, '2026-03-10');
    await newCase(ledger, dong, '2026-03-11');
    const updated = await ledger.call('registers.update', {
      register: 'mediationCase',
      id: first.id,
      data: caseData(dong, '2026-08-20', { summary: '改过的纠纷简要情况', result: '成功', close_date: '2026-08-25' }),
    });
    expect(updated.data['case_no']).toBe('（2026）东人调字第1号');
    expect(updated.data['summary']).toBe('改过的纠纷简要情况');
    // The kept 卷号 is still searchable.
    const found = await ledger.call('registers.list', { register: 'mediationCase', q: '第1号' });
    expect(found.rows.map((r) => r.id)).toEqual([first.id]);
  });

  it('refuses a 卷号 sent by the client and numbers the case itself', async () => {
    const { ledger, dong } = await office();
    const failed = await ledger.fail('registers.create', {
      register: 'mediationCase',
      data: caseData(dong, '2026-03-10', { case_no: '（2026）东人调字第99号' }),
    });
    expect(failed.message).toContain('不认识的字段');
    const created = await newCase(ledger, dong, '2026-03-10');
    expect(created.data['case_no']).toBe('（2026）东人调字第1号');
  });

  it('renumbers a case whose 受理日期 moves to another year', async () => {
    const { ledger, dong } = await office();
    await newCase(ledger, dong, '2025-11-01');
    const moved = await newCase(ledger, dong, '2026-01-05');
    const stays = await newCase(ledger, dong, '2026-01-06');
    const updated = await ledger.call('registers.update', {
      register: 'mediationCase',
      id: moved.id,
      data: caseData(dong, '2025-12-30'),
    });
    expect(updated.data['case_no']).toBe('（2025）东人调字第2号');
    const row = ledger.core.ledger.sqlite
      .prepare('SELECT case_year, case_seq FROM mediation_case WHERE id = ?')
      .get(moved.id);
    expect(row).toEqual({ case_year: 2025, case_seq: 2 });
    expect((await ledger.call('registers.get', { register: 'mediationCase', id: stays.id })).data['case_no']).toBe(
      '（2026）东人调字第2号',
    );
    expect((await ledger.call('registers.list', { register: 'mediationCase', q: '（2025）' })).total).toBe(2);
    const next2026 = await newCase(ledger, dong, '2026-02-01');
    expect(next2026.data['case_no']).toBe('（2026）东人调字第3号');
  });

  it('renumbers a case moved to another committee', async () => {
    const { ledger, dong, xinqiao } = await office();
    const moved = await newCase(ledger, dong, '2026-03-10');
    await newCase(ledger, xinqiao, '2026-03-11');
    const updated = await ledger.call('registers.update', {
      register: 'mediationCase',
      id: moved.id,
      data: caseData(xinqiao, '2026-03-10'),
    });
    expect(updated.data['case_no']).toBe('（2026）新桥人调字第2号');
    expect(updated.data['committee_id']).toBe(xinqiao);
  });

  it('shows the committee short name as it was when the 卷号 was given', async () => {
    const { ledger, dong } = await office();
    const first = await newCase(ledger, dong, '2026-03-10');
    const settings = await ledger.call('settings.get', {});
    await ledger.call('settings.save', {
      ...settings,
      committees: settings.committees.map((c) => (c.id === dong ? { ...c, shortName: '东河' } : c)),
    });
    const second = await newCase(ledger, dong, '2026-03-11');
    expect((await ledger.call('registers.get', { register: 'mediationCase', id: first.id })).data['case_no']).toBe(
      '（2026）东人调字第1号',
    );
    expect(second.data['case_no']).toBe('（2026）东河人调字第2号');
  });
});

describe('社区矫正对象花名册: 剩余矫正天数', () => {
  const def = registerDef('correctionSubject');

  async function subject(today: string, extra: SampleData) {
    const ledger = openTestLedger({ today });
    const committeeIds = committeeIdsOf(await seedSettings(ledger));
    const data = { ...sampleRecord(def, { committeeIds, date: '2025-12-01' }), ...extra };
    const created = await ledger.call('registers.create', { register: 'correctionSubject', data });
    return { ledger, created };
  }

  it('counts the days left until 矫正终止日期 for someone 在矫', async () => {
    const { ledger, created } = await subject('2026-11-21', { end_date: '2026-12-01', state: '在矫' });
    expect(created.computed['remaining_days']).toBe(10);
    const listed = await ledger.call('registers.list', { register: 'correctionSubject' });
    expect(listed.rows[0]?.computed['remaining_days']).toBe(10);
  });

  it('is null once the subject is 期满解矫', async () => {
    const { created } = await subject('2026-11-21', { end_date: '2026-12-01', state: '期满解矫' });
    expect(created.computed['remaining_days']).toBeNull();
  });

  it('is 0 on the last day and after it, never negative', async () => {
    const onLastDay = await subject('2026-12-01', { end_date: '2026-12-01', state: '在矫' });
    expect(onLastDay.created.computed['remaining_days']).toBe(0);
    const overdue = await subject('2026-12-20', { end_date: '2026-12-01', state: '在矫' });
    expect(overdue.created.computed['remaining_days']).toBe(0);
  });
});

describe('人民调解员花名册: 年龄 and 身份证号', () => {
  const def = registerDef('mediator');

  async function mediatorWith(today: string, extra: SampleData) {
    const ledger = openTestLedger({ today });
    const committeeIds = committeeIdsOf(await seedSettings(ledger));
    const data = { ...sampleRecord(def, { committeeIds }), ...extra };
    return ledger.call('registers.create', { register: 'mediator', data });
  }

  it('computes 年龄 from 出生日期 on the clerk’s today', async () => {
    expect((await mediatorWith('2026-11-21', { birth_date: '1980-11-22' })).computed['age']).toBe(45);
    expect((await mediatorWith('2026-11-21', { birth_date: '1980-11-21' })).computed['age']).toBe(46);
  });

  it('has no 年龄 without a 出生日期', async () => {
    expect((await mediatorWith('2026-11-21', {})).computed['age']).toBeNull();
  });

  it('fills 出生日期 and 性别 from the 身份证号', async () => {
    const created = await mediatorWith('2026-11-21', { id_number: makeIdNumber('1975-06-15', '124'), sex: '男' });
    expect(created.data['birth_date']).toBe('1975-06-15');
    expect(created.data['sex']).toBe('女');
    expect(created.computed['age']).toBe(51);
  });
});

describe('人民调解收结案登记簿: entered once, on the case', () => {
  it('a 调解记录 needs no 人民调解员 of its own (the case’s are read); one typed in an old record is kept', async () => {
    const { ledger, dong } = await office();
    const session = {
      date: '2026-03-12',
      place: '东河镇人民调解委员会调解室',
      matter: '相邻排水纠纷',
      record: '双方陈述后达成一致。',
      result: '达成口头协议',
    };
    const typed = { ...session, date: '2026-03-11', mediators: '周玉兰' };
    const created = await newCase(ledger, dong, '2026-03-10', { mediators: ['李调解'], sessions: [typed, session] });
    const fetched = await ledger.call('registers.get', { register: 'mediationCase', id: created.id });
    const sessions = fetched.data['sessions'] as Record<string, unknown>[];
    expect(sessions.map((s) => s['mediators'] ?? null)).toEqual(['周玉兰', null]);
  });
});
