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

  it('masks the register book export unless the full numbers are asked for, and the record keeps them', async () => {
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

    const texts = async (reveal: boolean) => {
      const file = await ledger.call('registers.exportBook', {
        register: 'mediator',
        from: '2026-01-01',
        to: '2026-12-31',
        reveal,
      });
      const wb = await readWithExceljs(Buffer.from(file.base64, 'base64'));
      const values: string[] = [];
      wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value))));
      return values;
    };
    const masked = await texts(false);
    expect(masked).toContain(maskSensitive(idNumber));
    expect(masked).toContain('139****2345');
    expect(masked.join('|')).not.toContain(idNumber);
    const full = await texts(true);
    expect(full).toContain(idNumber);
    expect(full).toContain('13962712345');
  });
});
