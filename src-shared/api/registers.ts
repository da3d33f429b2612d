import { z } from 'zod';
import type { RecordData, RegisterKey } from '../registers';
import type { LinkedRecord } from '../links';
import { method } from './declare';
import { recordId as id, recordRef, registerKey as register } from './refs';

// The books' records: list, read, write, turn one into another, and 回收站.

export interface RecordRow {
  id: number;
  register: RegisterKey;
  data: RecordData;
  computed: Record<string, string | number | null>;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface RecycledRecord {
  register: RegisterKey;
  id: number;
  summary: string;
  date: string | null;
  deletedAt: string;
}

/** One page of a book's list. */
export interface RecordPage {
  rows: RecordRow[];
  total: number;
  /** The search stopped counting at `total`: more records match (the clerk narrows the search rather than counts). */
  totalCapped: boolean;
}

export interface DerivedRecord {
  data: RecordData;
  from: { register: RegisterKey; id: number };
  link: { field: string; value: string } | null;
}

export const listQuerySchema = z.strictObject({
  register,
  page: z.number().int().min(1, '页码无效').max(100_000, '页码无效').default(1),
  pageSize: z.number().int().min(1, '每页条数无效').max(200, '每页最多200条').default(20),
  sort: z.string().max(64).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  year: z.number({ error: '年度应为数字' }).int().min(1900, '年度无效').max(2100, '年度无效').optional(),
  month: z.number({ error: '月份应为数字' }).int().min(1, '月份应在1到12之间').max(12, '月份应在1到12之间').optional(),
  filters: z.record(z.string().max(64), z.union([z.string().max(100), z.number().int()])).optional(),
  q: z.string().trim().max(50, '搜索词不能超过50个字').optional(),
});

export const registerMethods = {
  'registers.list': method<RecordPage>()({ input: listQuerySchema, access: 'staff', run: 'read' }),
  'registers.get': method<RecordRow>()({ input: recordRef, access: 'staff', run: 'read' }),
  'registers.create': method<RecordRow>()({
    input: z.strictObject({
      register,
      data: z.unknown(),
      /** The record this one is turned from: the core writes the back-link in the create's transaction. */
      derivedFrom: recordRef.optional(),
    }),
    access: 'staff',
    run: 'write',
  }),
  'registers.derive': method<DerivedRecord>()({
    input: z.strictObject({ from: recordRef, to: register }),
    access: 'staff',
    run: 'read',
  }),
  /**
   * 转入安置帮教: a 社区矫正对象 who ended the term (期满解矫) becomes a 安置帮教对象 with everything known carried over,
   * linked both ways (src-main/core/registers/handover.ts).
   */
  'resettlement.transfer': method<RecordRow>()({
    input: z.strictObject({ id: z.number({ error: '请选择社区矫正对象' }).int().positive('请选择社区矫正对象') }),
    access: 'staff',
    run: 'write',
  }),
  'registers.links': method<{ links: LinkedRecord[] }>()({ input: recordRef, access: 'staff', run: 'read' }),
  'registers.update': method<RecordRow>()({
    input: z.strictObject({ register, id, data: z.unknown() }),
    access: 'staff',
    run: 'write',
  }),
  'registers.delete': method<{ id: number }>()({ input: recordRef, access: 'staff', run: 'write' }),
  'recycle.list': method<{ items: RecycledRecord[] }>()({ input: z.strictObject({}), access: 'staff', run: 'read' }),
  'recycle.restore': method<RecordRow>()({ input: recordRef, access: 'staff', run: 'write' }),
  /** Permanent deletion is the administrator's. */
  'recycle.purge': method<{ id: number }>()({ input: recordRef, access: 'admin', run: 'write' }),
};
