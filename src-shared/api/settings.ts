import { z } from 'zod';
import { settingsSchema, staffAddSchema, type Committee, type Settings, type StaffMember } from '../settings';
import { method } from './declare';

// The office's settings, and the lists the forms offer from them.

export interface Lookups {
  committees: Committee[];
  staff: StaffMember[];
  mediators: { name: string; committeeId: number | null }[];
  /**
   * The names of the active accounts: whoever logs in works in the office, so the 登记人 and 工作人员 pick lists
   * offer them (the administrator included) even when 设置's 工作人员 does not list them.
   */
  accountNames: string[];
  /** 月度考核's grades as the office gives them (设置 › 月度考核结果): a 考核结果 offers them. */
  assessmentGrades: string[];
}

export const settingsMethods = {
  'settings.get': method<Settings>()({ input: z.strictObject({}), access: 'staff', run: 'read' }),
  'settings.save': method<Settings>()({ input: settingsSchema, access: 'admin', run: 'write' }),
  'lookups.get': method<Lookups>()({ input: z.strictObject({}), access: 'staff', run: 'read' }),
  /**
   * One 工作人员 added from the form that needs them (the “+ 新增” beside a 工作人员 pick list), by whoever keeps the
   * books: it only adds a name to the pick list; editing and retiring staff stay in 设置.
   */
  'settings.addStaff': method<StaffMember>()({ input: staffAddSchema, access: 'staff', run: 'write' }),
};
