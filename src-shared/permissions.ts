import type { ApiMethod } from './handlers';

// Who may call what. Staff keep the books; only the administrator (所长) manages accounts, settings, rules, restores
// and permanent deletion. The router consults this one list before any handler runs; the renderer uses it to hide
// what a staff account cannot do.

export const roles = ['admin', 'staff'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = { admin: '管理员', staff: '工作人员' };

/** Methods callable before anyone has logged in. */
export const PUBLIC_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'app.status',
  'auth.status',
  'auth.setup',
  'auth.login',
]);

/** Methods a locked session may still call (to unlock, or to leave). */
export const LOCKED_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'auth.status',
  'auth.lock',
  'auth.unlock',
  'auth.logout',
]);

/** Administrator only. A backup holds the whole ledger, so making or taking one is the administrator's too. */
export const ADMIN_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'settings.save',
  'rules.save',
  'rules.create',
  'rules.delete',
  'calendar.saveYear',
  'calendar.removeYear',
  'recycle.purge',
  'accounts.list',
  'accounts.create',
  'accounts.update',
  'accounts.resetPassword',
  'audit.search',
  'backups.list',
  'backups.create',
  'backups.saveAs',
  'backups.restore',
  'backups.undoRestore',
]);

export function mayCall(role: Role, method: ApiMethod): boolean {
  return role === 'admin' || !ADMIN_METHODS.has(method);
}
