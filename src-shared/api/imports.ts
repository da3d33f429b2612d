import { z } from 'zod';
import { method } from './declare';
import { registerKey as register } from './refs';

// 导入: bringing old books in from Excel and CSV (issue 21). The renderer reads the file and maps its columns
// (core/import); these methods check the parsed rows against the ledger, write a confirmed batch in one transaction,
// list the batches and undo one. Rows arrive as RecordData and are validated by the book's own schema in the core, as
// registers.create validates a typed record.

export type ImportRowStatus = '可导入' | '有错误' | '疑似重复';

/** What a row is suspected to duplicate: a live record of the book, or another row of the same file. */
export type ImportDuplicate = { kind: 'ledger'; id: number; name: string } | { kind: 'file'; line: number };

export interface ImportRowCheck {
  /** The row's line in the file, as the reader numbered it. */
  line: number;
  status: ImportRowStatus;
  /** Each error in Chinese, naming the field; empty unless 有错误. */
  errors: string[];
  duplicates: ImportDuplicate[];
  /** The 卷号 the case will have: its own, or the one it is given in order of 受理日期; null for other books. */
  caseNo: string | null;
}

export interface ImportPreview {
  rows: ImportRowCheck[];
  counts: { ready: number; errors: number; duplicates: number };
}

export interface ImportResult {
  batchId: number;
  /** The records created, in the order of the rows sent. */
  ids: number[];
}

/** A line of 导入记录. */
export interface ImportBatchSummary {
  id: number;
  register: string;
  fileName: string;
  /** ISO instant. */
  createdAt: string;
  createdBy: string;
  rowCount: number;
  /** Records of the batch still in the book (not in 回收站). */
  liveCount: number;
  undoneAt: string | null;
  undoneBy: string | null;
}

export const MAX_IMPORT_ROWS = 100_000;

const importRow = z.strictObject({
  line: z.number({ error: '行号应为数字' }).int('行号应为整数').positive('行号无效'),
  data: z.record(z.string().max(64), z.unknown(), { error: '行的内容格式不正确' }),
});

const importRows = z
  .array(importRow, { error: '没有要导入的行' })
  .min(1, '没有选中要导入的行')
  .max(MAX_IMPORT_ROWS, `一次最多导入${MAX_IMPORT_ROWS}行，请分成几个文件`)
  .refine((rows) => new Set(rows.map((r) => r.line)).size === rows.length, '有重复的行号');

export const importInput = z.strictObject({
  register,
  fileName: z.string({ error: '请提供文件名' }).trim().min(1, '请提供文件名').max(255, '文件名过长'),
  rows: importRows,
});

/** Column label → field key ('' = 不导入); what the clerk last confirmed for a book. */
export const importMapping = z
  .record(z.string().max(200), z.string().max(64))
  .refine((m) => Object.keys(m).length <= 500, {
    message: '列太多，最多记住500列',
  });

const batchId = z.number({ error: '请选择导入批次' }).int().positive('请选择导入批次');

export const importMethods = {
  /** 疑似重复, 卷号 and each row's errors, before anything is written (writes nothing). */
  'imports.preview': method<ImportPreview>()({ input: importInput, access: 'staff', run: 'read' }),
  /** The chosen rows, all or none, as one batch (导入记录 and 操作日志). */
  'imports.commit': method<ImportResult>()({ input: importInput, access: 'staff', run: 'write' }),
  'imports.list': method<{ batches: ImportBatchSummary[] }>()({
    input: z.strictObject({}),
    access: 'staff',
    run: 'read',
  }),
  /** 撤销导入: the batch's records still in the book go to 回收站 together. */
  'imports.undo': method<ImportBatchSummary>()({ input: z.strictObject({ batchId }), access: 'staff', run: 'write' }),
  'imports.mapping.get': method<{ mapping: Record<string, string> | null }>()({
    input: z.strictObject({ register }),
    access: 'staff',
    run: 'read',
  }),
  'imports.mapping.save': method<{ mapping: Record<string, string> }>()({
    input: z.strictObject({ register, mapping: importMapping }),
    access: 'staff',
    run: 'write',
  }),
};
