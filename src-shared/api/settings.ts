import { z } from 'zod';
import { settingsSchema, type Committee, type Settings, type StaffMember } from '../settings';
import { method } from './declare';

// The office's settings, and the lists the forms offer from them.

export interface Lookups {
  committees: Committee[];
  staff: StaffMember[];
  mediators: { name: string; committeeId: number | null }[];
}

export const settingsMethods = {
  'settings.get': method<Settings>()({ input: z.strictObject({}), access: 'staff', run: 'read' }),
  'settings.save': method<Settings>()({ input: settingsSchema, access: 'admin', run: 'write' }),
  'lookups.get': method<Lookups>()({ input: z.strictObject({}), access: 'staff', run: 'read' }),
};
