import { z } from 'zod';
import {
  accountCreateSchema,
  accountUpdateSchema,
  auditActions,
  resetPasswordSchema,
  type AccountInfo,
  type AuditEntry,
} from '../accounts';
import { dateSchema } from '../registers/schema';
import { method } from './declare';
import { recordRef, registerKey as register } from './refs';

// The office's accounts, and the audit trail. Managing accounts and searching the whole trail are the
// administrator's; a record's own history is shown to whoever may read the record.

export const accountMethods = {
  'accounts.list': method<{ accounts: AccountInfo[] }>()({ input: z.strictObject({}), access: 'admin', run: 'read' }),
  'accounts.create': method<AccountInfo>()({ input: accountCreateSchema, access: 'admin', run: 'write' }),
  'accounts.update': method<AccountInfo>()({ input: accountUpdateSchema, access: 'admin', run: 'write' }),
  'accounts.resetPassword': method<AccountInfo>()({ input: resetPasswordSchema, access: 'admin', run: 'write' }),
  'audit.record': method<{ entries: AuditEntry[] }>()({ input: recordRef, access: 'staff', run: 'read' }),
  'audit.search': method<{ entries: AuditEntry[]; total: number }>()({
    input: z.strictObject({
      userId: z.number({ error: '人员应为数字' }).int().positive('人员无效').optional(),
      from: dateSchema('起始日期').optional(),
      to: dateSchema('截止日期').optional(),
      register: register.optional(),
      action: z.enum(auditActions, { error: '操作类型不在可选范围内' }).optional(),
      page: z.number().int().min(1, '页码无效').max(100_000, '页码无效').default(1),
    }),
    access: 'admin',
    run: 'read',
  }),
};
