import type { CellValue } from 'exceljs';

/** A cell as text, or why it cannot be read. */
export type CellReading = { text: string } | { problem: string };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Excel dates arrive as Date objects holding the sheet's wall-clock time in UTC. A date reads as 2025-03-05, a date
 * with a time as 2025-03-05 09:30, a time alone (Excel's day 0, 1899-12-30) as 09:30: forms parseValue recognises.
 */
export function dateText(d: Date): string {
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (d.getUTCFullYear() < 1900) return time;
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return time === '00:00' ? date : `${date} ${time}`;
}

function scalarText(value: number | string | boolean | Date): string {
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

export function cellText(value: CellValue): CellReading {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value !== 'object' || value instanceof Date) return { text: scalarText(value) };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('hyperlink' in value) return { text: String(value.text) };
  if ('error' in value) return { problem: `单元格是错误值 ${value.error}` };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return { problem: '单元格是公式，文件里没有保存它的计算结果' };
    if (typeof result === 'object' && !(result instanceof Date))
      return { problem: `公式的结果是错误值 ${result.error}` };
    return { text: scalarText(result) };
  }
  return { text: '' };
}
