import type { ApiMethod } from '../../../src-shared/api';
import { authHandlers } from '../accounts/auth';
import { accountHandlers } from './accounts';
import { backupHandlers } from './backups';
import { correctionHandlers } from './correction';
import { documentHandlers } from './documents';
import { homeHandlers } from './home';
import { importHandlers } from './imports';
import type { Implementations } from './implementation';
import { registerHandlers } from './registers';
import { reminderHandlers } from './reminders';
import { reportHandlers } from './reports';
import { settingsHandlers } from './settings';
import { uploadHandlers } from './uploads';
import { importReadingHandlers } from './importReading';

// The core's one implementation of every method declared in src-shared/api, each area's beside the code it calls
// (auth's with the password checks in accounts/auth.ts).

export const implementations: Implementations<ApiMethod> = {
  ...registerHandlers,
  ...settingsHandlers,
  ...documentHandlers,
  ...reportHandlers,
  ...reminderHandlers,
  ...homeHandlers,
  ...backupHandlers,
  ...authHandlers,
  ...accountHandlers,
  ...uploadHandlers,
  ...importReadingHandlers,
  ...importHandlers,
  ...correctionHandlers,
};
