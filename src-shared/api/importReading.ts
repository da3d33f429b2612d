import { z } from 'zod';
import type { ImportDuplicate, ImportResult, ImportRowStatus } from './imports';
import { method } from './declare';
import { registerKey } from './refs';

// 导入's first step (issue 21): the chosen file (uploads.put) read for a book as the clerk's decisions say — where
// the header is, which column is which field, the year of dates without one, cells corrected — with every row's
// verdict. Only the decisions travel; the file stays in the core (src-main/core/import/reading.ts).

const sheetRow = z.number({ error: '行号应为数字' }).int('行号应为整数').positive('行号无效').max(100_000, '行号无效');
const column = z.number({ error: '列号应为数字' }).int('列号应为整数').min(0, '列号无效').max(199, '列号无效');

export const importDecisions = z.strictObject({
  upload: z.string({ error: '请先选择文件' }).regex(/^[0-9a-f]{32}$/, '请重新选择文件'),
  register: registerKey,
  header: z
    .strictObject({ first: sheetRow, last: sheetRow })
    .refine((h) => h.first <= h.last, '表头的起始行不能在结束行之后')
    .optional(),
  mapping: z.record(z.string().max(200), z.string().max(64)).optional(),
  year: z
    .number({ error: '年份应为数字' })
    .int('年份应为整数')
    .min(1980, '年份应在1980年以后')
    .max(2100, '年份无效')
    .nullable()
    .optional(),
  remarkColumns: z.array(column).max(200).optional(),
  edits: z
    .array(z.strictObject({ row: sheetRow, column, text: z.string().max(10_000, '单元格内容不能超过10000字') }))
    .max(5_000, '改动的单元格太多，请在原表中改好后重新选择文件')
    .optional(),
});

export interface ImportColumnView {
  column: number;
  label: string;
  /** The field (or 当事人·part) it goes to; null: 不导入. */
  target: string | null;
  /** Why, in words: 列名与登记簿的栏目相同, 这一列多为身份证号 … */
  reason: string;
  samples: string[];
}

export interface ImportRowView {
  /** The row number the sheet shows. */
  row: number;
  /** The row's cells as the file has them (after the clerk's corrections), by column. */
  cells: string[];
  /**
   * By column: the date a date cell is read as, where its text says it otherwise (2025.3.5, 3月5日 with the title's
   * year, an Excel serial 45748) — so the clerk sees the year and day taken before importing; null elsewhere.
   */
  readAs: (string | null)[];
  status: ImportRowStatus;
  /** Each in Chinese, naming the column and the value. */
  errors: string[];
  duplicates: ImportDuplicate[];
  caseNo: string | null;
}

export interface ImportReadingView {
  fileName: string;
  sheetName: string;
  /** Sheet rows (1-based) of the header, as found or as the clerk set it. */
  header: { first: number; last: number };
  titleRows: number[];
  year: number | null;
  footerRows: { row: number; reason: string }[];
  columns: ImportColumnView[];
  /** What a column can go to, in the form's order. */
  targets: { target: string; label: string }[];
  rows: ImportRowView[];
  counts: { ready: number; errors: number; duplicates: number };
}

export const importReadingMethods = {
  'imports.read': method<ImportReadingView>()({ input: importDecisions, access: 'staff', run: 'read' }),
  /**
   * 确认导入: the file read again as decided, its rows without errors and not skipped written as one batch (all or
   * none), and the column mapping remembered for the book's next file.
   */
  'imports.confirm': method<ImportResult>()({
    input: importDecisions.extend({
      skip: z.array(sheetRow).max(100_000).default([]),
    }),
    access: 'staff',
    run: 'write',
  }),
};
