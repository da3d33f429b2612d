import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { AuthStatus } from '../../../src-shared/accounts';
import type { ApiMethod } from '../../../src-shared/api';
import { mayCall, type Role } from '../../../src-shared/permissions';
import { api, onAuthRequired } from './api';
import { useApi } from './useApi';

// Who is logged in, shared by every page; the idle timer that locks the screen after 设置's minutes.

interface AuthState {
  status: AuthStatus;
  /** Replace the status with what a login/setup/unlock call returned. */
  apply: (status: AuthStatus) => void;
  lock: () => Promise<void>;
  logout: () => Promise<void>;
  /**
   * The core has ended this session itself (a restore ends every session): back to the login page, which shows
   * `notice` until someone logs in.
   */
  sessionEnded: (notice: string) => void;
  /** Why the login page is shown, when it is not simply the start: set by sessionEnded. */
  notice: string | null;
}

const AuthContext = createContext<AuthState | null>(null);
/**
 * The role alone, for the navigation: a primitive, so locking and unlocking (which change the status) do not
 * re-render the shell and the page under the lock keeps its state.
 */
const RoleContext = createContext<Role | null>(null);

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

export function useIsAdmin(): boolean {
  return useContext(RoleContext) === 'admin';
}

/** Whether the logged-in account may call `method`, as its declaration says: what it may not is not shown. */
export function useMayCall(method: ApiMethod): boolean {
  const role = useContext(RoleContext);
  return role !== null && mayCall(role, method);
}

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;
/** While the clerk is active, tell the core at most this often so its own idle clock does not lock them out. */
const KEEP_ALIVE_MS = 60_000;
const CHECK_MS = 5_000;

/** Locks after `minutes` without mouse or keyboard; keeps the core's session alive while the clerk works. */
function useIdleLock(active: boolean, minutes: number, onIdle: () => void): void {
  const last = useRef(Date.now());
  const pinged = useRef(Date.now());
  useEffect(() => {
    if (!active) return;
    last.current = Date.now();
    const seen = () => {
      last.current = Date.now();
      if (last.current - pinged.current > KEEP_ALIVE_MS) {
        pinged.current = last.current;
        void api('auth.status', {}).catch(() => {});
      }
    };
    ACTIVITY_EVENTS.forEach((e) => window.addEventListener(e, seen, { passive: true }));
    const timer = window.setInterval(() => {
      if (Date.now() - last.current > minutes * 60_000) onIdle();
    }, CHECK_MS);
    return () => {
      ACTIVITY_EVENTS.forEach((e) => window.removeEventListener(e, seen));
      window.clearInterval(timer);
    };
  }, [active, minutes, onIdle]);
}

export function AuthProvider({
  children,
  fallback,
}: {
  children: (status: AuthStatus) => ReactNode;
  fallback: ReactNode;
}) {
  // Loaded once; from then on login, lock and logout replace it with what their own calls return.
  const { data: status, error, setData: setStatus } = useApi('auth.status', {});

  useEffect(() => {
    onAuthRequired((need) => {
      setStatus((s) => (s ? (need === 'locked' ? { ...s, locked: true } : { ...s, user: null, locked: false }) : s));
    });
    return () => onAuthRequired(null);
  }, [setStatus]);

  const [notice, setNotice] = useState<string | null>(null);
  // `idle`: the window locked itself, and the 操作日志 says so.
  const lockScreen = useCallback(async (idle: boolean) => {
    setStatus((s) => (s ? { ...s, locked: true } : s));
    await api('auth.lock', idle ? { idle } : {}).catch(() => {});
  }, []);
  const lock = useCallback(() => lockScreen(false), [lockScreen]);
  const logout = useCallback(async () => {
    setStatus(await api('auth.logout', {}));
  }, []);
  const sessionEnded = useCallback((why: string) => {
    setNotice(why);
    setStatus((s) => (s ? { ...s, user: null, locked: false } : s));
  }, []);
  const apply = useCallback((next: AuthStatus) => {
    if (next.user) setNotice(null);
    setStatus(next);
  }, []);
  const onIdle = useCallback(() => void lockScreen(true), [lockScreen]);
  useIdleLock(Boolean(status?.user && !status.locked), status?.idleLockMinutes ?? 15, onIdle);

  if (!status) return error ? <>{fallback}</> : null;
  return (
    <AuthContext.Provider value={{ status, apply, lock, logout, sessionEnded, notice }}>
      <RoleContext.Provider value={status.user?.role ?? null}>{children(status)}</RoleContext.Provider>
    </AuthContext.Provider>
  );
}
