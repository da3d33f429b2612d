import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { AppStatus, LedgerDamage } from '../../../src-shared/backups';
import { api } from './api';
import { stableJson } from './stableJson';

// What the core is running on, asked again every few seconds: damage found by a backup's check, or another window
// taking the ledger to the recovery screen, reaches every window without a reload. The question costs the core a
// fraction of a millisecond and is not counted as the clerk's activity (src-shared/api/declare.ts `polled`).

export const STATUS_POLL_MS = 3_000;

export interface AppStatusState {
  /** Undefined until the first answer. */
  status: AppStatus | undefined;
  /** The first question failed (a lost connection): the app is shown, and its pages report their own errors. */
  failed: boolean;
  /** Asks at once, e.g. after a restore or after entering the recovery screen. */
  refresh: () => Promise<void>;
}

/** Polls app.status; the state changes only when the answer does, so nothing re-renders every few seconds. */
export function usePolledAppStatus(): AppStatusState {
  const [status, setStatus] = useState<AppStatus>();
  const [failed, setFailed] = useState(false);
  const last = useRef('');
  const refresh = useCallback(async () => {
    try {
      const next = await api('app.status', {});
      const text = stableJson(next);
      if (text !== last.current) {
        last.current = text;
        setStatus(next);
      }
    } catch {
      // A later question may be answered; until then the last answer stands.
      if (!last.current) setFailed(true);
    }
  }, []);
  useEffect(() => {
    void refresh();
    const timer = window.setInterval(() => void refresh(), STATUS_POLL_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);
  return { status, failed, refresh };
}

interface LedgerHealth {
  damage: LedgerDamage | null;
  refresh: () => Promise<void>;
}

const LedgerHealthContext = createContext<LedgerHealth>({ damage: null, refresh: async () => {} });

export const LedgerHealthProvider = LedgerHealthContext.Provider;

/** Damage known in the ledger in use (saving is stopped), for the banner every page of the shell shows. */
export function useLedgerHealth(): LedgerHealth {
  return useContext(LedgerHealthContext);
}
