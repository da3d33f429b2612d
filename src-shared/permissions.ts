import type { Role } from './accounts';
import { apiMethods, type ApiMethod, type MethodDeclaration } from './api';

// Who may call what, read from each method's declaration (src-shared/api). Staff keep the books; only the
// administrator (所长) manages accounts, settings, rules, restores and permanent deletion. The router consults these
// before any handler runs; the renderer uses them to hide what a staff account cannot do.

export { roleLabels, roles, type Role } from './accounts';

const methodsWhere = (keep: (declared: MethodDeclaration) => boolean): ReadonlySet<ApiMethod> =>
  new Set((Object.keys(apiMethods) as ApiMethod[]).filter((name) => keep(apiMethods[name])));

/** Methods callable before anyone has logged in. */
export const PUBLIC_METHODS = methodsWhere((m) => m.access === 'public');

/** Methods a locked session may still call (to unlock, or to leave). */
export const LOCKED_METHODS = methodsWhere((m) => m.whileLocked);

/** Administrator only. */
export const ADMIN_METHODS = methodsWhere((m) => m.access === 'admin');

/** Methods that still work on the recovery screen, when there is no usable database. */
export const RECOVERY_METHODS = methodsWhere((m) => m.inRecovery);

export function mayCall(role: Role, method: ApiMethod): boolean {
  return role === 'admin' || apiMethods[method].access !== 'admin';
}
