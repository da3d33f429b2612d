import { describe, expect, it } from 'vitest';
import type { PartyData, RecordData } from '../../src-shared/registers';
import { registerDef } from '../../src-shared/registers';
import { disputeTypes, mediationResults } from '../../src-shared/codes';
import { openTestLedger, seedSettings, type TestLedger } from './helpers';
import { committeeIdsOf, NAME, OTHER_NAME, sampleRecord, samplePerson } from './samples';

// Books that feed each other (src-shared/links.ts): registers.derive prefills, registers.create with derivedFrom
// writes the back-link in its own transaction, registers.links lists linked records both ways.

async function setup(): Promise<{ ledger: TestLedger; committeeIds: number[] }> {
  const ledger = openTestLedger({ today: '2026-04-01' });
  const committeeIds = committeeIdsOf(await seedSettings(ledger));
  return { ledger, committeeIds };
}

const names = (value: unknown) => (value as PartyData[]).map((p) => p.name);

async function createPetition(ledger: TestLedger, committeeIds: number[]) {
  return ledger.call('registers.create', {
    register: 'petition',
    data: { ...sampleRecord(registerDef('petition'), { committeeIds, date: '2026-03-02' }), matter: '邻居占用通道' },
  });
}

/** 邻里 in the current code table. */
const NEIGHBOURS = disputeTypes.find((o) => o.label.startsWith('邻里'))!.value;

/** The derived values that say something (as the form overlays them): no nulls, no empty lists. */
function filled(prefill: RecordData): RecordData {
  return Object.fromEntries(
    Object.entries(prefill).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)),
  );
}

/** A complete record from a derived prefill: what the clerk adds on the form. */
function complete(
  register: 'mediationCase' | 'typicalCase',
  prefill: RecordData,
  committeeIds: number[],
): Record<string, unknown> {
  return { ...sampleRecord(registerDef(register), { committeeIds, name: OTHER_NAME }), ...filled(prefill) };
}

describe('registers.derive', () => {
  it('来访 → 人民调解案件: 申请人 ← 来访人, 纠纷简要情况 ← 反映问题, 受理日期 ← 来访日期', async () => {
    const { ledger, committeeIds } = await setup();
    const petition = await createPetition(ledger, committeeIds);
    const derived = await ledger.call('registers.derive', {
      from: { register: 'petition', id: petition.id },
      to: 'mediationCase',
    });
    expect(names(derived.data['applicants'])).toEqual([NAME]);
    expect(derived.data['summary']).toBe('邻居占用通道');
    expect(derived.data['accept_date']).toBe('2026-03-02');
    expect(derived.link).toEqual({ field: 'linked_case_no', value: 'case_no' });
    // Not saved.
    expect((await ledger.call('registers.list', { register: 'mediationCase' })).total).toBe(0);
  });

  it('来访 → 法律援助: 申请人, 申请事项, 接待日期', async () => {
    const { ledger, committeeIds } = await setup();
    const petition = await createPetition(ledger, committeeIds);
    const derived = await ledger.call('registers.derive', {
      from: { register: 'petition', id: petition.id },
      to: 'legalAid',
    });
    expect(names(derived.data['applicants'])).toEqual([NAME]);
    expect(derived.data['matter']).toBe('邻居占用通道');
    expect(derived.data['receive_date']).toBe('2026-03-02');
    expect(derived.link).toBeNull();
  });

  it('排查 → 人民调解案件: first 当事人 is 申请人, the rest 被申请人; 纠纷类型 and 简要情况 carried', async () => {
    const { ledger, committeeIds } = await setup();
    const screening = await ledger.call('registers.create', {
      register: 'disputeScreening',
      data: {
        ...sampleRecord(registerDef('disputeScreening'), { committeeIds }),
        parties: [samplePerson('张三'), samplePerson('李四'), samplePerson('王五')],
        dispute_type: NEIGHBOURS,
        summary: '宅前排水',
      },
    });
    const derived = await ledger.call('registers.derive', {
      from: { register: 'disputeScreening', id: screening.id },
      to: 'mediationCase',
    });
    expect(names(derived.data['applicants'])).toEqual(['张三']);
    expect(names(derived.data['respondents'])).toEqual(['李四', '王五']);
    expect(derived.data['dispute_type']).toBe(NEIGHBOURS);
    expect(derived.data['summary']).toBe('宅前排水');
  });

  it('人民调解案件 → 典型案例: 案例名称 张三与李四邻里纠纷, 关联卷号, dates, 调委会, 调解员, 案情, 结果', async () => {
    const { ledger, committeeIds } = await setup();
    const kase = await ledger.call('registers.create', {
      register: 'mediationCase',
      data: {
        ...sampleRecord(registerDef('mediationCase'), { committeeIds, date: '2026-03-02' }),
        applicants: [samplePerson('张三')],
        respondents: [samplePerson('李四')],
        dispute_type: NEIGHBOURS,
        summary: '宅前排水',
        result: sampleRecord(registerDef('mediationCase'), { committeeIds })['result'] ?? null,
        close_date: '2026-03-20',
      },
    });
    const derived = await ledger.call('registers.derive', {
      from: { register: 'mediationCase', id: kase.id },
      to: 'typicalCase',
    });
    expect(derived.data).toMatchObject({
      title: '张三与李四邻里纠纷',
      linked_case_no: kase.data['case_no'],
      dispute_type: NEIGHBOURS,
      accept_date: '2026-03-02',
      close_date: '2026-03-20',
      committee_id: kase.data['committee_id'],
      facts: '宅前排水',
      result: kase.data['result'],
    });
    expect(derived.data['mediators']).toEqual(kase.data['mediators']);
  });

  it('refuses a pair that is not in the table', async () => {
    const { ledger, committeeIds } = await setup();
    const petition = await createPetition(ledger, committeeIds);
    const error = await ledger.fail('registers.derive', {
      from: { register: 'petition', id: petition.id },
      to: 'mediator',
    });
    expect(error.message).toContain('不能转为');
  });
});

describe('registers.create with derivedFrom', () => {
  it('writes the 卷号 back to the 来访 and the 来源 on the case, in the same call; links list both ways', async () => {
    const { ledger, committeeIds } = await setup();
    const petition = await createPetition(ledger, committeeIds);
    const from = { register: 'petition' as const, id: petition.id };
    const derived = await ledger.call('registers.derive', { from, to: 'mediationCase' });
    const kase = await ledger.call('registers.create', {
      register: 'mediationCase',
      data: complete('mediationCase', derived.data, committeeIds),
      derivedFrom: from,
    });
    const caseNo = kase.data['case_no'];
    expect(caseNo).toBe('（2026）东人调字第1号');
    expect(kase.data['source_ref']).toBe(`来信来访登记簿 2026-03-02 ${NAME}`);
    const source = await ledger.call('registers.get', from);
    expect(source.data['linked_case_no']).toBe(caseNo);
    // …and 修改记录 of the 来访 says so (the audit trail logs every update).
    const history = (await ledger.call('audit.record', from)).entries;
    expect(history.map((e) => e.action)).toEqual(['create', 'update']);
    expect(history[1]!.changes).toMatchObject([{ field: 'linked_case_no', before: null, after: caseNo }]);
    // The back-link is searchable like a typed one.
    const found = await ledger.call('registers.list', { register: 'petition', q: '东人调字' });
    expect(found.rows.map((r) => r.id)).toEqual([petition.id]);

    const caseLinks = await ledger.call('registers.links', { register: 'mediationCase', id: kase.id });
    expect(caseLinks.links).toEqual([
      { label: `来源：来信来访登记簿 2026-03-02 ${NAME}`, register: 'petition', id: petition.id },
    ]);
    const petitionLinks = await ledger.call('registers.links', from);
    expect(petitionLinks.links).toEqual([
      { label: `人民调解收结案登记簿 ${String(caseNo)}`, register: 'mediationCase', id: kase.id },
    ]);
  });

  it('排查 gets the 卷号 and its link shows the case’s 调解结果; 典型案例 shows on the case', async () => {
    const { ledger, committeeIds } = await setup();
    const screening = await ledger.call('registers.create', {
      register: 'disputeScreening',
      data: {
        ...sampleRecord(registerDef('disputeScreening'), { committeeIds }),
        parties: [samplePerson('张三'), samplePerson('李四')],
      },
    });
    const from = { register: 'disputeScreening' as const, id: screening.id };
    const derived = await ledger.call('registers.derive', { from, to: 'mediationCase' });
    const kase = await ledger.call('registers.create', {
      register: 'mediationCase',
      data: complete('mediationCase', derived.data, committeeIds),
      derivedFrom: from,
    });
    expect((await ledger.call('registers.get', from)).data['linked_case_no']).toBe(kase.data['case_no']);
    const result = mediationResults.find((o) => o.value === kase.data['result'])!.label;
    expect((await ledger.call('registers.links', from)).links[0]?.label).toBe(
      `人民调解收结案登记簿 ${String(kase.data['case_no'])}，调解结果：${result}`,
    );

    const caseRef = { register: 'mediationCase' as const, id: kase.id };
    const typical = await ledger.call('registers.derive', { from: caseRef, to: 'typicalCase' });
    const saved = await ledger.call('registers.create', {
      register: 'typicalCase',
      data: { ...complete('typicalCase', typical.data, committeeIds), facts: '案情' },
      derivedFrom: caseRef,
    });
    expect(saved.data['linked_case_no']).toBe(kase.data['case_no']);
    const labels = (await ledger.call('registers.links', caseRef)).links.map((l) => l.label);
    expect(labels).toContain(`已推荐为典型案例：张三与李四${String(typical.data['title']).slice(5)}`);
    expect(
      (await ledger.call('registers.links', { register: 'typicalCase', id: saved.id })).links.map((l) => l.id),
    ).toEqual([kase.id]);
  });

  it('writes nothing when the new record fails validation', async () => {
    const { ledger, committeeIds } = await setup();
    const petition = await createPetition(ledger, committeeIds);
    const from = { register: 'petition' as const, id: petition.id };
    const derived = await ledger.call('registers.derive', { from, to: 'mediationCase' });
    // No 承办调委会, 纠纷类型, 案件来源, 被申请人.
    const error = await ledger.fail('registers.create', {
      register: 'mediationCase',
      data: derived.data,
      derivedFrom: from,
    });
    expect(error.fields).toBeDefined();
    const source = await ledger.call('registers.get', from);
    expect(source.data['linked_case_no']).toBeNull();
    expect(source.updatedAt).toBe(petition.updatedAt);
    expect((await ledger.call('registers.list', { register: 'mediationCase' })).total).toBe(0);
  });

  it('refuses derivedFrom for a pair not in the table, or a source in 回收站', async () => {
    const { ledger, committeeIds } = await setup();
    const petition = await createPetition(ledger, committeeIds);
    const from = { register: 'petition' as const, id: petition.id };
    const typical = sampleRecord(registerDef('typicalCase'), { committeeIds });
    expect(
      (await ledger.fail('registers.create', { register: 'typicalCase', data: typical, derivedFrom: from })).message,
    ).toContain('不能转为');
    await ledger.call('registers.delete', from);
    const derived = sampleRecord(registerDef('legalAid'), { committeeIds });
    expect(
      (await ledger.fail('registers.create', { register: 'legalAid', data: derived, derivedFrom: from })).message,
    ).toContain('回收站');
    expect((await ledger.call('registers.list', { register: 'legalAid' })).total).toBe(0);
  });
});
