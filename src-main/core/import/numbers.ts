// Counts and amounts as typed: full-width digits, thousands separators, a unit after the number.

const halfWidth = (s: string) =>
  s.replace(/[０-９．，]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');

const COUNT_UNITS = /(人次|人|件|次|份|条|块|个|户|起|名|页|场|期|篇)$/u;

/** 12, 12人, 1,200, 12.0 → a whole number; anything else undefined. */
export function readCount(text: string): number | undefined {
  const t = halfWidth(text).replace(/,/g, '').replace(COUNT_UNITS, '');
  if (!/^\d+(\.0+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * An amount in 分 (how money is stored, src-shared/registers/types.ts): 1234.5, ￥1,234.50元, 1.2万元, 1.2万. A column
 * headed in 万元 reads its bare numbers as 万元.
 */
export function readMoney(text: string, columnInTenThousands: boolean): number | undefined {
  const t = halfWidth(text)
    .replace(/[,￥¥]/g, '')
    .replace(/^RMB/i, '');
  const m = /^(\d+(?:\.\d+)?)(万元|万|元)?$/.exec(t);
  if (!m) return undefined;
  const tenThousands = m[2] === '万元' || m[2] === '万' || (m[2] === undefined && columnInTenThousands);
  const fen = Math.round(Number(m[1]) * (tenThousands ? 10_000 : 1) * 100);
  return Number.isSafeInteger(fen) ? fen : undefined;
}
