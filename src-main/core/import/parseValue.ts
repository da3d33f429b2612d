import { ethnicities, partyKinds, sexes } from '../../../src-shared/codes';
import { parseIdCard } from '../../../src-shared/idcard';
import type { FieldDef, FieldValue, PartyData } from '../../../src-shared/registers';
import { optionList, readBool, readChoice } from './choices';
import { readDate, readTime } from './dates';
import { normalLabel } from './labelText';
import { splitNames } from './names';
import { readPartyCell } from './partyCells';
import { readCount, readMoney } from './numbers';
import type { PartyPart } from './targets';

/** A 人民调解委员会 of the settings, as the import looks it up. */
export interface CommitteeRef {
  readonly id: number;
  readonly name: string;
  readonly shortName: string;
}

/** What reading a value needs besides the cell: the column it came from and what the file and settings say. */
export interface ValueContext {
  /** The column's label in the file, named in every message. */
  readonly column: string;
  /** The year of 3月5日: the title's, or the one the clerk gave. */
  readonly year: number | null;
  readonly committees: readonly CommitteeRef[];
}

export type ValueResult<T = FieldValue> = { readonly value: T } | { readonly error: string };

const PHONE = /^[0-9+\-()（）\s转]{3,30}$/;
const halfWidthDigits = (s: string) => s.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

function dateValue(text: string, ctx: ValueContext): ValueResult {
  const reading = readDate(text, ctx.year);
  if ('date' in reading) return { value: reading.date };
  if ('needsYear' in reading)
    return { error: `${ctx.column}“${text}”没有写年份，标题里也没有年份，请填写这批记录的年份` };
  return { error: `${ctx.column}“${text}”不是有效日期（可写成 2025-03-05、2025.3.5 或 2025年3月5日）` };
}

function idCardValue(text: string, ctx: ValueContext): ValueResult {
  const id = text.replace(/\s/g, '').toUpperCase();
  const parsed = parseIdCard(id);
  if (parsed.ok) return { value: id };
  // Excel shows a number of 18 digits as 3.20623E+17 and keeps only its first 15 (the rest become 000).
  if (/^\d(\.\d+)?E\+\d+$/.test(id) || /^\d{15}000$/.test(id)) {
    return {
      error: `${ctx.column}“${text}”被 Excel 当成了数字，后几位已丢失；请在原表把这一列设为“文本”格式，重新输入身份证号后再导入`,
    };
  }
  return { error: `${ctx.column}“${text}”：${parsed.message}` };
}

function phoneValue(text: string, ctx: ValueContext): ValueResult {
  const phone = halfWidthDigits(text)
    .replace(/[，,、;；/]+/g, ' ')
    .trim();
  return PHONE.test(phone) ? { value: phone } : { error: `${ctx.column}“${text}”不是电话号码` };
}

function choiceValue(field: Pick<FieldDef, 'options'>, text: string, ctx: ValueContext): ValueResult<string> {
  const options = field.options ?? [];
  const value = readChoice(options, text);
  return value !== null ? { value } : { error: `${ctx.column}“${text}”不在可选范围内（可选：${optionList(options)}）` };
}

function committeeValue(text: string, ctx: ValueContext): ValueResult {
  const t = normalLabel(text);
  const found = ctx.committees.find((c) => normalLabel(c.name) === t || normalLabel(c.shortName) === t);
  if (found) return { value: found.id };
  return {
    error: `${ctx.column}“${text}”不是设置里的人民调解委员会，请先在“设置”里添加，或改成已有调委会的名称或简称`,
  };
}

function listOf(items: readonly string[], read: (item: string) => ValueResult<string>): ValueResult {
  const values: string[] = [];
  for (const item of items) {
    const result = read(item);
    if ('error' in result) return result;
    values.push(result.value);
  }
  return { value: values };
}

/**
 * A cell read as a field of the book stores it (src-shared/registers/types.ts): dates as YYYY-MM-DD, money in 分,
 * choices by their stored value, several names as a list, a party field as name-only blocks. An empty cell is null
 * (an empty list for list fields). A value that cannot be read is an error naming the column and the value; the
 * book's own rules (required fields, lengths, date order) are checked afterwards by its schema (parseRows).
 */
export function parseValue(field: FieldDef, raw: string, ctx: ValueContext): ValueResult {
  const text = raw.trim();
  const isList = ['multiselect', 'mediators', 'names', 'lines', 'parties', 'entries'].includes(field.type);
  if (text === '') return { value: isList ? [] : null };
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'staff':
      return { value: text };
    case 'date':
      return dateValue(text, ctx);
    case 'time': {
      const time = readTime(text);
      return time ? { value: time } : { error: `${ctx.column}“${text}”不是有效时间（如 09:30）` };
    }
    case 'int': {
      const n = readCount(text);
      return n !== undefined ? { value: n } : { error: `${ctx.column}“${text}”不是整数` };
    }
    case 'money': {
      const fen = readMoney(text, /万元/.test(ctx.column));
      return fen !== undefined ? { value: fen } : { error: `${ctx.column}“${text}”不是金额（如 1234.50、1.2万元）` };
    }
    case 'bool': {
      const b = readBool(flagWithPersons(text)?.flag ?? text);
      return b !== undefined ? { value: b } : { error: `${ctx.column}“${text}”应为“是”或“否”（也可写 √、×、有、无）` };
    }
    case 'select':
      return choiceValue(field, text, ctx);
    case 'multiselect':
      return listOf(splitNames(text), (item) => choiceValue(field, item, ctx));
    case 'phone':
      return phoneValue(text, ctx);
    case 'idcard':
      return idCardValue(text, ctx);
    case 'committee':
      return committeeValue(text, ctx);
    case 'mediators':
    case 'names':
      return { value: splitNames(text) };
    case 'lines':
      // One item a line; the numbers 导出登记簿 puts before each (1. …) are not part of it.
      return {
        value: text
          .split(/\r?\n/)
          .map((l) => l.trim().replace(/^\d{1,2}[.、．]\s*/u, ''))
          .filter(Boolean),
      };
    case 'parties':
      return { value: readPartyCell(text) };
    case 'entries':
      return { error: `${ctx.column}：${field.label}不能从表格导入，请导入后在记录里添加` };
  }
}

/** 是（12人）, as 导出登记簿 writes a flag with its 涉及人数 (防止群体性上访 and its count). */
export function flagWithPersons(text: string): { flag: string; persons: number } | null {
  const m = /^(是|否|√)[（(](\d+)人[）)]$/u.exec(text.trim());
  return m ? { flag: m[1]!, persons: Number(m[2]) } : null;
}

/** One part of a party block (来访人/身份证号), read as the party form stores it. */
export function parsePartyPart(part: PartyPart, raw: string, ctx: ValueContext): ValueResult<PartyData[PartyPart]> {
  const text = raw.trim();
  if (text === '') return { value: null };
  switch (part) {
    case 'sex':
      return choiceValue({ options: sexes }, text.replace(/性$/u, ''), ctx);
    case 'ethnicity':
      return choiceValue({ options: ethnicities }, /族$/u.test(text) || text === '其他' ? text : `${text}族`, ctx);
    case 'kind':
      return choiceValue({ options: partyKinds }, text, ctx) as ValueResult<PartyData['kind']>;
    case 'birth_date':
      return dateValue(text, ctx) as ValueResult<string>;
    case 'age': {
      // 导出登记簿 writes 年龄（出生日期） as “45岁” over the birth date.
      const n = readCount(/^\s*(\d{1,3})\s*岁/u.exec(text)?.[1] ?? text);
      return n !== undefined ? { value: n } : { error: `${ctx.column}“${text}”不是年龄` };
    }
    case 'id_number':
      return idCardValue(text, ctx) as ValueResult<string>;
    case 'phone':
      return phoneValue(text, ctx) as ValueResult<string>;
    default:
      return { value: text };
  }
}
