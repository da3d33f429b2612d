import { describe, expect, it } from 'vitest';
import type { RecordRow } from '../../src-shared/handlers';
import { registerDef } from '../../src-shared/registers';
import { openTestLedger, seedSettings } from './helpers';
import { committeeIdsOf, sampleRecord } from './samples';

// The case file's data: agreement terms, 回访, and the child lists (调查记录, 调解记录, 实地查访).

const session = {
  date: '2026-03-12',
  start_time: '09:00',
  end_time: '11:30',
  place: '东河镇人民调解室',
  matter: '邻里漏水赔偿',
  parties_present: '欧阳明、李四',
  participants: '村委会主任张平',
  mediators: '陈国平',
  recorder: '李明',
  record: '调解员告知双方权利义务……\n双方陈述……',
  result: '达成书面协议',
  failure_reason: null,
};

async function caseLedger() {
  const ledger = openTestLedger({ today: '2026-11-21' });
  const committeeIds = committeeIdsOf(await seedSettings(ledger));
  const base = sampleRecord(registerDef('mediationCase'), { committeeIds, date: '2026-03-10' });
  return { ledger, base };
}

describe('mediation case file data', () => {
  it('stores sessions, investigations, terms and 回访 and reads them back in order', async () => {
    const { ledger, base } = await caseLedger();
    const created = await ledger.call('registers.create', {
      register: 'mediationCase',
      data: {
        ...base,
        sessions: [session, { ...session, date: '2026-03-15', result: '未达成协议', failure_reason: '赔偿金额分歧' }],
        investigations: [
          {
            date: '2026-03-11',
            place: '现场',
            investigator: '王晓红',
            subject_name: '赵邻居',
            record: '问：漏水何时开始？\n答：三月初。',
          },
        ],
        agreement_facts: '楼上卫生间漏水致楼下天花板受损。',
        agreement_terms: ['  甲方赔偿乙方维修费五千元。 ', '', '乙方不再追究其他责任。'],
        performance_terms: '2026年3月31日前一次性付清。',
        agreement_date: '2026-03-15',
        revisit_date: '2026-04-15',
        revisit_method: '上门',
        revisit_by: '陈国平',
        revisit_content: '协议已履行，双方满意。',
      },
    });
    const record = await ledger.call('registers.get', { register: 'mediationCase', id: created.id });
    expect(record.data['sessions']).toHaveLength(2);
    expect((record.data['sessions'] as Record<string, unknown>[])[1]?.['failure_reason']).toBe('赔偿金额分歧');
    expect((record.data['investigations'] as Record<string, unknown>[])[0]?.['subject_name']).toBe('赵邻居');
    // Blank terms are dropped and each is trimmed: what prints as 一、二、 is what was meant.
    expect(record.data['agreement_terms']).toEqual(['甲方赔偿乙方维修费五千元。', '乙方不再追究其他责任。']);
    expect(record.data['revisit_method']).toBe('上门');
    const rows = ledger.core.ledger.sqlite
      .prepare('SELECT kind, entry_date FROM record_entry ORDER BY kind, seq')
      .all();
    expect(rows).toEqual([
      { kind: 'investigation', entry_date: '2026-03-11' },
      { kind: 'session', entry_date: '2026-03-12' },
      { kind: 'session', entry_date: '2026-03-15' },
    ]);
  });

  it('replaces the child lists on update and keeps them through delete and restore', async () => {
    const { ledger, base } = await caseLedger();
    const created = await ledger.call('registers.create', {
      register: 'mediationCase',
      data: { ...base, sessions: [session, session] },
    });
    const updated = await ledger.call('registers.update', {
      register: 'mediationCase',
      id: created.id,
      data: { ...base, sessions: [{ ...session, place: '新桥村委会' }] },
    });
    expect(updated.data['sessions']).toEqual([expect.objectContaining({ place: '新桥村委会' })]);
    await ledger.call('registers.delete', { register: 'mediationCase', id: created.id });
    const restored = await ledger.call('recycle.restore', { register: 'mediationCase', id: created.id });
    expect((restored as RecordRow).data['sessions']).toHaveLength(1);
  });

  it('rejects a session without its required fields, naming them, and writes nothing', async () => {
    const { ledger, base } = await caseLedger();
    const error = await ledger.fail('registers.create', {
      register: 'mediationCase',
      data: { ...base, sessions: [{ ...session, record: '', result: '完美' }] },
    });
    expect(error.fields?.['sessions.0.record']).toBe('调解记录不能为空');
    expect(error.fields?.['sessions.0.result']).toContain('不在可选范围内');
    expect(ledger.core.ledger.sqlite.prepare('SELECT count(*) AS n FROM record_entry').get()).toEqual({ n: 0 });
  });

  it('rejects an unknown field inside an entry', async () => {
    const { ledger, base } = await caseLedger();
    const error = await ledger.fail('registers.create', {
      register: 'mediationCase',
      data: { ...base, sessions: [{ ...session, secret: 1 }] },
    });
    expect(error.message).toContain('不认识的字段：secret');
  });
});

describe('实地查访 on a correction subject', () => {
  const visit = {
    date: '2026-10-08',
    time: '15:00',
    place: '家庭',
    staff: ['王晓红', '李明'],
    reason: '例行查访',
    interviewee: '马父',
    relation: '父子',
    situation: '在家务农，表现正常。',
    opinion: '继续普管。',
  };

  it('needs at least two 工作人员', async () => {
    const ledger = openTestLedger({ today: '2026-11-21' });
    const committeeIds = committeeIdsOf(await seedSettings(ledger));
    const base = sampleRecord(registerDef('correctionSubject'), { committeeIds, date: '2026-03-10' });
    const error = await ledger.fail('registers.create', {
      register: 'correctionSubject',
      data: { ...base, field_visits: [{ ...visit, staff: ['王晓红'] }] },
    });
    expect(error.fields?.['field_visits.0.staff']).toBe('工作人员至少填写2项');
    const ok = await ledger.call('registers.create', {
      register: 'correctionSubject',
      data: { ...base, field_visits: [visit] },
    });
    expect(ok.data['field_visits']).toEqual([expect.objectContaining({ staff: ['王晓红', '李明'], place: '家庭' })]);
  });
});
