import type { settingsMethods } from '../../../src-shared/api/settings';
import { readLookups, readSettings, saveSettings } from '../settings';
import { audited } from './audited';
import type { Implementations } from './implementation';

export const settingsHandlers: Implementations<keyof typeof settingsMethods> = {
  'settings.get': ({ db }) => readSettings(db),
  'settings.save': (ctx, settings) =>
    audited(ctx, saveSettings(ctx.db, settings), () => ({ action: 'settings', summary: '保存设置' })),
  'lookups.get': ({ db }) => readLookups(db),
};
