import { z } from 'zod';
import { changePasswordSchema, lockSchema, loginSchema, setupSchema, unlockSchema, type AuthStatus } from '../accounts';
import { method } from './declare';

// First-run setup, login, lock/unlock, logout, one's own password. All answer the caller's new status; setup and
// login hand the transport a session id, logout takes it back.

export const authMethods = {
  /** Also the renderer's keep-alive while the clerk types without saving. */
  'auth.status': method<AuthStatus>()({ input: z.strictObject({}), access: 'public', run: 'auth', whileLocked: true }),
  'auth.setup': method<AuthStatus>()({ input: setupSchema, access: 'public', run: 'auth' }),
  'auth.login': method<AuthStatus>()({ input: loginSchema, access: 'public', run: 'auth' }),
  'auth.logout': method<AuthStatus>()({ input: z.strictObject({}), access: 'staff', run: 'auth', whileLocked: true }),
  'auth.lock': method<AuthStatus>()({ input: lockSchema, access: 'staff', run: 'auth', whileLocked: true }),
  'auth.unlock': method<AuthStatus>()({ input: unlockSchema, access: 'staff', run: 'auth', whileLocked: true }),
  'auth.changePassword': method<AuthStatus>()({ input: changePasswordSchema, access: 'staff', run: 'auth' }),
};
