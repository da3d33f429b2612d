import { isValidDate, todayIso } from './dates';

// GB 11643-1999 公民身份号码: 6-digit area, 8-digit birth date, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check digit.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type IdCardResult = { ok: true; birthDate: string; sex: '男' | '女' } | { ok: false; message: string };

export function checkDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export function parseIdCard(raw: string, today: string = todayIso()): IdCardResult {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, message: '身份证号码应为18位（最后一位可为X）' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isValidDate(birthDate) || birthDate < '1900-01-01' || birthDate > today) {
    return { ok: false, message: '身份证号码中的出生日期无效' };
  }
  if (checkDigit(id.slice(0, 17)) !== id[17]) return { ok: false, message: '身份证号码校验位错误' };
  return { ok: true, birthDate, sex: Number(id[16]) % 2 === 1 ? '男' : '女' };
}
