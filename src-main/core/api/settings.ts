import type { settingsMethods } from '../../../src-shared/api/settings';
import { addStaff, readLookups, readSettings, saveSettings } from '../settings';
import { audited } from './audited';
import type { Implementations } from './implementation';

export const settingsHandlers: Implementations<keyof typeof settingsMethods> = {
  'settings.get': ({ db }) => readSettings(db),
  'settings.save': (ctx, settings) =>
    audited(ctx, saveSettings(ctx.db, settings), () => ({ action: 'settings', summary: '保存设置' })),
  'lookups.get': ({ db }) => readLookups(db),
  'settings.addStaff': (ctx, staff) =>
    audited(ctx, addStaff(ctx.db, staff), (added) => ({ action: 'settings', summary: `添加工作人员“${added.name}”` })),
};
