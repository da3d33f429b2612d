import { z } from 'zod';
import type { HomeTrends, MonthlyQuotas } from '../home';
import type { RegisterKey } from '../registers';
import { method } from './declare';

// 首页's figures: each book's count this month, the monthly quotas, the twelve-month charts.

export interface BookCount {
  register: RegisterKey;
  month: number;
  year: number;
  total: number;
}

export const homeMethods = {
  'home.summary': method<{ counts: BookCount[] }>()({
    input: z.strictObject({
      year: z.number().int().min(1900).max(2100),
      month: z.number().int().min(1).max(12),
    }),
    access: 'staff',
    run: 'read',
  }),
  'home.quotas': method<MonthlyQuotas>()({ input: z.strictObject({}), access: 'staff', run: 'read' }),
  'home.trends': method<HomeTrends>()({ input: z.strictObject({}), access: 'staff', run: 'read' }),
};
