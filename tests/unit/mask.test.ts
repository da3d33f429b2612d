import { describe, expect, it } from 'vitest';
import { maskedKindOf, maskSensitive } from '../../src-shared/mask';
import { registerDef } from '../../src-shared/registers';
import { readWithExceljs } from '../support/xlsx';
import { openTestLedger, seedSettings } from './helpers';
import { committeeIdsOf, makeIdNumber, sampleRecord } from './samples';

// Privacy: 身份证号 and phone numbers masked in lists and exports unless asked for; one function for all.

describe('masking', () => {
  it('keeps the first three and last four characters', () => {
    expect(maskSensitive('110101199003071234')).toBe('110***********1234');
    expect(maskSensitive('13812345678')).toBe('138****5678');
    expect(maskSensitive('0513-84561234')).toBe('051******1234');
    expect(maskSensitive('1234567')).toBe('1234567');
    expect(maskSensitive(null)).toBe('');
    expect(maskedKindOf('idcard')).toBe('idcard');
    expect(maskedKindOf('phone')).toBe('phone');
    expect(maskedKindOf('text')).toBeNull();
  });

  it('prints full numbers in an exported book unless a masked copy is asked for, and logs which it was', async () => {
    const ledger = openTestLedger({ today: '2026-03-10' });
    const settings = await seedSettings(ledger);
    const idNumber = makeIdNumber('1968-05-12', '001');
    const data = {
      ...sampleRecord(registerDef('mediator'), { committeeIds: committeeIdsOf(settings), date: '2026-03-02' }),
      id_number: idNumber,
      phone: '13962712345',
    };
    const created = await ledger.call('registers.create', { register: 'mediator', data });
    expect(created.data['id_number']).toBe(idNumber);
    const applicantId = makeIdNumber('1960-01-02', '024');
    await ledger.call('registers.create', {
      register: 'legalAid',
      data: {
        ...sampleRecord(registerDef('legalAid'), { committeeIds: committeeIdsOf(settings), date: '2026-03-04' }),
        applicants: [{ kind: '自然人', name: '杨援助', sex: '女', id_number: applicantId, phone: '13500001234' }],
      },
    });

    const texts = async (register: 'mediator' | 'legalAid', numbers?: 'full' | 'masked') => {
      const file = await ledger.call('registers.exportBook', {
        register,
        from: '2026-01-01',
        to: '2026-12-31',
        ...(numbers ? { numbers } : {}),
      });
      const wb = await readWithExceljs(Buffer.from(file.base64, 'base64'));
      const values: string[] = [];
      wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value))));
      return values;
    };
    // The printed 花名册 is the office's own record: full numbers unless asked otherwise.
    const byDefault = await texts('mediator');
    expect(byDefault).toContain(idNumber);
    expect(byDefault).toContain('13962712345');
    const masked = await texts('mediator', 'masked');
    expect(masked).toContain(maskSensitive(idNumber));
    expect(masked).toContain('139****2345');
    expect(masked.join('|')).not.toContain(idNumber);
    // A 当事人's numbers too (法律援助's 申请人 has columns 身份证号 and 联系电话).
    const aidMasked = await texts('legalAid', 'masked');
    expect(aidMasked).toContain(maskSensitive(applicantId));
    expect(aidMasked).toContain('135****1234');
    expect(aidMasked.join('|')).not.toContain(applicantId);
    const aidFull = await texts('legalAid', 'full');
    expect(aidFull).toContain(applicantId);
    expect(aidFull).toContain('13500001234');

    const { entries } = await ledger.call('audit.search', { action: 'export' });
    expect(entries.map((e) => e.summary.replace(/^.*\.xlsx/u, ''))).toEqual([
      '（身份证号、电话号码完整）',
      '（身份证号、电话号码已遮盖）',
      '（身份证号、电话号码已遮盖）',
      '（身份证号、电话号码完整）',
    ]);
    // A book without such numbers says nothing about them.
    await ledger.call('registers.exportBook', { register: 'studyMeeting', from: '2026-01-01', to: '2026-12-31' });
    expect((await ledger.call('audit.search', { action: 'export' })).entries[0]!.summary).toMatch(
      /学习会议登记簿.*\.xlsx$/u,
    );

    const refused = await ledger.fail('registers.exportBook', {
      register: 'mediator',
      from: '2026-01-01',
      to: '2026-12-31',
      numbers: 'partly',
    });
    expect(refused.message).toBe('请选择身份证号、电话号码完整打印还是遮盖部分号码');
    expect(
      (
        await ledger.fail('registers.exportBook', {
          register: 'mediator',
          from: '2026-01-01',
          to: '2026-12-31',
          reveal: true,
        })
      ).message,
    ).toBe('不认识的字段：reveal');
  });
});
