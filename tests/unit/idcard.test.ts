import { describe, expect, it } from 'vitest';
import { ageOn, daysBetween, isValidDate, todayIso } from '../../src-shared/dates';
import { checkDigit, parseIdCard } from '../../src-shared/idcard';
import { makeIdNumber } from './samples';

const TODAY = '2026-11-21';

/** 17 digits with an arbitrary (possibly impossible) birth date, completed with the right check digit. */
function idWithBirth(yyyymmdd: string, seq = '001'): string {
  const first17 = `110105${yyyymmdd}${seq}`;
  return first17 + checkDigit(first17);
}

describe('checkDigit', () => {
  it('computes the ISO 7064 MOD 11-2 check character, X for 10', () => {
    expect(checkDigit('11010519491231002')).toBe('X');
    expect(checkDigit('44052419800101001')).toBe('3');
  });

  it('yields one of 0-9 or X for every input', () => {
    for (let i = 0; i < 200; i++) {
      const first17 = String(11010519800101000n + BigInt(i * 7919)).padStart(17, '0');
      expect(checkDigit(first17)).toMatch(/^[0-9X]$/);
    }
  });
});

describe('parseIdCard: valid numbers', () => {
  it('reads birth date and sex (even 17th digit = female) from 11010519491231002X', () => {
    expect(parseIdCard('11010519491231002X', TODAY)).toEqual({ ok: true, birthDate: '1949-12-31', sex: '女' });
  });

  it('reads a male (odd 17th digit)', () => {
    expect(parseIdCard('440524198001010013', TODAY)).toEqual({ ok: true, birthDate: '1980-01-01', sex: '男' });
  });

  it('accepts computed numbers across the range of birth dates, odd sequence = male', () => {
    const cases: [string, string, '男' | '女'][] = [
      ['1985-03-15', '123', '男'],
      ['1990-02-28', '246', '女'],
      ['2000-02-29', '135', '男'],
      ['1900-01-01', '002', '女'],
      ['2026-11-21', '011', '男'],
    ];
    for (const [birthDate, seq, sex] of cases) {
      expect(parseIdCard(makeIdNumber(birthDate, seq), TODAY), birthDate).toEqual({ ok: true, birthDate, sex });
    }
  });

  it('accepts a lowercase x as check character', () => {
    expect(parseIdCard('11010519491231002x', TODAY)).toEqual({ ok: true, birthDate: '1949-12-31', sex: '女' });
  });

  it('ignores surrounding spaces', () => {
    expect(parseIdCard('  11010519491231002X ', TODAY).ok).toBe(true);
  });
});

describe('parseIdCard: invalid numbers', () => {
  it('rejects a wrong check digit with exactly 身份证号码校验位错误', () => {
    expect(parseIdCard('110105194912310021', TODAY)).toEqual({ ok: false, message: '身份证号码校验位错误' });
    expect(parseIdCard('440524198001010014', TODAY)).toEqual({ ok: false, message: '身份证号码校验位错误' });
  });

  it('rejects X where the check digit should be a digit', () => {
    expect(parseIdCard('44052419800101001X', TODAY)).toEqual({ ok: false, message: '身份证号码校验位错误' });
  });

  it('rejects a wrong length or wrong characters', () => {
    for (const raw of [
      '11010519491231002',
      '11010519491231002X1',
      '110105491231002',
      '1101051949123X0021',
      'ABCDEFGHIJKLMNOPQR',
      '',
    ]) {
      expect(parseIdCard(raw, TODAY), raw).toEqual({ ok: false, message: '身份证号码应为18位（最后一位可为X）' });
    }
  });

  it('rejects an impossible birth date even with a correct check digit', () => {
    const dates: [string, string][] = [
      ['month 13', '19801301'],
      ['month 00', '19800001'],
      ['Feb 30', '19800230'],
      ['Feb 29 of a common year', '20230229'],
      ['day 32', '19800132'],
      ['before 1900', '18800101'],
      ['after today', '20261122'],
    ];
    for (const [label, birth] of dates) {
      expect(parseIdCard(idWithBirth(birth), TODAY), label).toEqual({
        ok: false,
        message: '身份证号码中的出生日期无效',
      });
    }
    // The number the handbook quotes for a man born in 1880 is refused for the same reason.
    expect(parseIdCard('440524188001010014', TODAY)).toEqual({ ok: false, message: '身份证号码中的出生日期无效' });
  });

  it('accepts Feb 29 of a leap year', () => {
    expect(parseIdCard(idWithBirth('20240229'), TODAY)).toEqual({ ok: true, birthDate: '2024-02-29', sex: '男' });
  });
});

describe('isValidDate', () => {
  it('accepts real calendar days, leap days included', () => {
    for (const d of ['2026-03-05', '2024-02-29', '2000-02-29', '1999-12-31']) expect(isValidDate(d), d).toBe(true);
  });

  it('rejects impossible days and other formats', () => {
    for (const d of [
      '2026-02-30',
      '2023-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-3-5',
      '20260305',
      '2026-03-05T00:00',
    ]) {
      expect(isValidDate(d), d).toBe(false);
    }
  });
});

describe('ageOn', () => {
  it('is one less the day before the birthday', () => {
    expect(ageOn('1980-11-22', '2026-11-21')).toBe(45);
  });

  it('counts the birthday itself', () => {
    expect(ageOn('1980-11-21', '2026-11-21')).toBe(46);
  });

  it('counts the day after the birthday', () => {
    expect(ageOn('1980-11-20', '2026-11-21')).toBe(46);
  });

  it('compares months before days', () => {
    expect(ageOn('1980-12-01', '2026-11-30')).toBe(45);
    expect(ageOn('1980-10-31', '2026-11-01')).toBe(46);
  });

  it('treats a 29 February birthday as reached on 1 March of a common year', () => {
    expect(ageOn('2004-02-29', '2026-02-28')).toBe(21);
    expect(ageOn('2004-02-29', '2026-03-01')).toBe(22);
    expect(ageOn('2004-02-29', '2028-02-29')).toBe(24);
  });

  it('is 0 on the day of birth', () => {
    expect(ageOn('2026-11-21', '2026-11-21')).toBe(0);
  });
});

describe('daysBetween', () => {
  it('counts whole calendar days, negative backwards', () => {
    expect(daysBetween('2026-11-21', '2026-11-21')).toBe(0);
    expect(daysBetween('2026-11-21', '2026-12-01')).toBe(10);
    expect(daysBetween('2026-12-01', '2026-11-21')).toBe(-10);
  });

  it('knows leap years and month lengths', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('is not shifted by daylight-saving changes', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
});

describe('todayIso', () => {
  it('formats the local calendar day with zero padding', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(todayIso(new Date(2026, 10, 21, 0, 0))).toBe('2026-11-21');
  });
});
