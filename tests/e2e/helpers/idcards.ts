import { checkDigit } from '../../../src-shared/idcard';

// 身份证号 for the specs, built with the app's own GB 11643 check digit so they are valid by construction.

/** A valid 18-digit 身份证号: the first 17 digits plus their check digit. */
export function validId(first17: string): string {
  return first17 + checkDigit(first17);
}

/** The same 17 digits with a check digit that is well-formed (a digit) but wrong. */
export function wrongCheckDigitId(first17: string): string {
  const right = checkDigit(first17);
  const wrong = right === '0' ? '1' : '0';
  return first17 + wrong;
}

/** Born 1949-12-31, sequence 002 (even): 女. */
export const WOMAN = { first17: '11010519491231002', birthDate: '1949-12-31', sex: '女' } as const;
/** Born 1985-03-15, sequence 001 (odd): 男. */
export const MAN = { first17: '32062319850315001', birthDate: '1985-03-15', sex: '男' } as const;

export const WOMAN_ID = validId(WOMAN.first17);
export const MAN_ID = validId(MAN.first17);
