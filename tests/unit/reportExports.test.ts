import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestLedger, seedSettings } from './helpers';

// Exporting through the API: the acknowledgement the checks ask for, the copy kept in 报表/, and what 首页 says.

const october = { kind: 'month', year: 2026, month: 10 } as const;

describe('月报 export and 首页 status', () => {
  it('says last month’s return is due on the configured day, counting down and then overdue', async () => {
    const early = openTestLedger({ today: '2026-11-02' });
    await seedSettings(early);
    expect(await early.call('reports.status', {})).toEqual({
      period: october,
      label: '2026年10月',
      exportedAt: null,
      deadline: '2026-11-03',
      daysLeft: 1,
    });
    const late = openTestLedger({ today: '2026-01-21' });
    const saved = await seedSettings(late);
    await late.call('settings.save', { ...saved, reportDeadlineDay: 5 });
    const status = await late.call('reports.status', {});
    expect(status.period).toEqual({ kind: 'month', year: 2025, month: 12 });
    expect([status.deadline, status.daysLeft]).toEqual(['2026-01-05', -16]);
  });

  it('refuses to export a return with open checks until they are acknowledged, then keeps it under 报表/ and logs it', async () => {
    const ledger = openTestLedger({ today: '2026-11-21' });
    await seedSettings(ledger);
    const preview = await ledger.call('reports.preview', { period: october });
    expect(preview.checks.length).toBeGreaterThan(0); // no 典型案例 against a quota of 3
    const refused = await ledger.fail('reports.export', { period: october, reporter: '王晓红' });
    expect(refused.message).toContain('已核对');
    expect(fs.existsSync(path.join(ledger.dir, '报表'))).toBe(false);

    const file = await ledger.call('reports.export', { period: october, reporter: '王晓红', acknowledged: true });
    expect(file.savedPath).toBe(path.join(ledger.dir, '报表', '2026', file.fileName));
    expect(file.fileName).toMatch(/月报（2026年10月）\.xlsx$/);
    expect(fs.readFileSync(file.savedPath).equals(Buffer.from(file.base64, 'base64'))).toBe(true);
    expect((await ledger.call('reports.status', {})).exportedAt).not.toBeNull();
  });

  it('needs a 填报人', async () => {
    const ledger = openTestLedger({ today: '2026-11-21' });
    const error = await ledger.fail('reports.export', { period: october, reporter: ' ', acknowledged: true });
    expect(error.message).toBe('填报人不能为空');
  });

  it('exports a register book for a date range and rejects a range that ends before it starts', async () => {
    const ledger = openTestLedger({ today: '2026-11-21' });
    await seedSettings(ledger);
    const file = await ledger.call('registers.exportBook', {
      register: 'petition',
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(file.savedPath).toBe(path.join(ledger.dir, '报表', '2026', '登记簿', file.fileName));
    expect(file.fileName).toContain('来信来访登记簿');
    const error = await ledger.fail('registers.exportBook', {
      register: 'petition',
      from: '2026-12-31',
      to: '2026-01-01',
    });
    expect(error.message).toBe('截止日期不能早于起始日期');
  });
});
