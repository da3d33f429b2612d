import { z } from 'zod';
import { registerKeys } from '../registers';

// The two fields most methods take: which book, and which record in it.

export const registerKey = z.enum(registerKeys, { error: '登记簿不存在' });
export const recordId = z.number({ error: '记录编号应为数字' }).int('记录编号应为整数').positive('记录编号无效');
export const recordRef = z.strictObject({ register: registerKey, id: recordId });
