import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src-shared/accounts';
import { registerDef } from '../../src-shared/registers';
import { openTestLedger, seedSettings } from './helpers';
import { committeeIdsOf, sampleRecord } from './samples';

// The audit trail: every kind of change appended with who, when, which record and before/after, in the
// same transaction as the change; the table refuses UPDATE and DELETE.

async function petitionLedger() {
  const ledger = openTestLedger({ today: '2026-03-10' });
  const settings = await seedSettings(ledger);
  const data = sampleRecord(registerDef('petition'), { committeeIds: committeeIdsOf(settings), date: '2026-03-02' });
  const created = await ledger.call('registers.create', { register: 'petition', data });
  return { ledger, data, created };
}

const actions = (entries: AuditEntry[]) => entries.map((e) => e.action);

describe('audit trail', () => {
  it('records create, update, delete, restore and purge of a record with before/after of the changed fields', async () => {
    const { ledger, data, created } = await petitionLedger();
    const id = created.id;
    await ledger.call('registers.update', {
      register: 'petition',
      id,
      data: { ...data, matter: '反映邻居占用通道', remark: '已电话回访' },
    });
    await ledger.call('registers.delete', { register: 'petition', id });
    await ledger.call('recycle.restore', { register: 'petition', id });
    await ledger.call('registers.delete', { register: 'petition', id });
    await ledger.call('recycle.purge', { register: 'petition', id });

    const { entries } = await ledger.call('audit.record', { register: 'petition', id });
    expect(actions(entries)).toEqual(['create', 'update', 'delete', 'restore', 'delete', 'purge']);
    expect(entries.every((e) => e.userName === '王晓红' && e.register === 'petition' && e.recordId === id)).toBe(true);
    expect(entries.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);

    const [create, update, , , , purge] = entries as [
      AuditEntry,
      AuditEntry,
      AuditEntry,
      AuditEntry,
      AuditEntry,
      AuditEntry,
    ];
    expect(create.changes.find((c) => c.field === 'matter')).toEqual({
      field: 'matter',
      label: '反映问题（来访事由）',
      before: null,
      after: data['matter'],
    });
    expect(update.changes).toEqual([
      { field: 'matter', label: '反映问题（来访事由）', before: data['matter'], after: '反映邻居占用通道' },
      { field: 'remark', label: '备注', before: data['remark'] ?? null, after: '已电话回访' },
    ]);
    // What was deleted for good is kept in its last entry.
    expect(purge.changes.find((c) => c.field === 'matter')).toMatchObject({ before: '反映邻居占用通道', after: null });
    expect(await ledger.fail('registers.get', { register: 'petition', id })).toMatchObject({
      message: expect.stringContaining('没有这条记录'),
    });
  });

  it('records exports and generated documents, and nothing for a refused change', async () => {
    const { ledger, data, created } = await petitionLedger();
    await ledger.call('registers.exportBook', { register: 'petition', from: '2026-01-01', to: '2026-12-31' });
    const doc = await ledger.call('documents.generate', { register: 'petition', id: created.id, kind: 'visitRecord' });
    const refused = await ledger.fail('registers.update', {
      register: 'petition',
      id: created.id,
      data: { ...data, visit_date: '2026-02-30' },
    });
    expect(refused.message).toContain('日期');

    const { entries } = await ledger.call('audit.search', {});
    expect(actions(entries)).toEqual(['generate', 'export', 'create', 'settings']);
    expect(entries[0]).toMatchObject({ register: 'petition', recordId: created.id, summary: doc.fileName });
    expect(entries[1]!.summary).toMatch(/来信来访登记簿.*\.xlsx（身份证号、电话号码完整）$/);
  });

  it('searches the log by person, book, action and date range', async () => {
    const { ledger } = await petitionLedger();
    const all = await ledger.call('audit.search', {});
    expect(all.total).toBe(2);
    expect((await ledger.call('audit.search', { register: 'petition' })).entries.map((e) => e.action)).toEqual([
      'create',
    ]);
    expect((await ledger.call('audit.search', { action: 'settings' })).total).toBe(1);
    expect((await ledger.call('audit.search', { userId: 1 })).total).toBe(2);
    expect((await ledger.call('audit.search', { userId: 99 })).total).toBe(0);
    const today = new Date();
    const iso = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect((await ledger.call('audit.search', { from: iso(today), to: iso(today) })).total).toBe(2);
    expect((await ledger.call('audit.search', { to: '2020-01-01' })).total).toBe(0);
    expect((await ledger.fail('audit.search', { action: 'drop' })).message).toBe('操作类型不在可选范围内');
  });

  it('is append-only: the database refuses to change or delete an entry', async () => {
    const { ledger } = await petitionLedger();
    const { sqlite } = ledger.core.ledger;
    expect(() => sqlite.prepare("UPDATE audit_log SET user_name = '某人'").run()).toThrow('修改记录只能追加，不能修改');
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow('修改记录只能追加，不能删除');
    expect(sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 2 });
  });
});
