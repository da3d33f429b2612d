import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Lookups } from '../../../src-shared/handlers';
import { useApi } from './useApi';

interface LookupsState {
  lookups: Lookups;
  officeName: string;
  refresh: () => Promise<void>;
}

const empty: Lookups = { committees: [], staff: [], mediators: [], accountNames: [], assessmentGrades: [] };
const LookupsContext = createContext<LookupsState>({ lookups: empty, officeName: '', refresh: async () => {} });

/** Pick lists (调委会, 工作人员, 调解员) and the office name, shared by every page. */
export function LookupsProvider({ children }: { children: ReactNode }) {
  // A failure leaves the pick lists empty: the pages that read them load their own data and report its errors.
  const lists = useApi('lookups.get', {});
  const settings = useApi('settings.get', {});
  const { reload: reloadLists } = lists;
  const { reload: reloadSettings } = settings;
  const refresh = useCallback(async () => {
    await Promise.all([reloadLists(), reloadSettings()]);
  }, [reloadLists, reloadSettings]);
  const lookups = lists.data ?? empty;
  const officeName = settings.data?.officeName ?? '';
  // A stable value: the provider re-renders when the screen locks, and its readers (the whole shell) should not.
  const value = useMemo(() => ({ lookups, officeName, refresh }), [lookups, officeName, refresh]);
  return <LookupsContext.Provider value={value}>{children}</LookupsContext.Provider>;
}

export function useLookups(): LookupsState {
  return useContext(LookupsContext);
}

/** The names a 工作人员 pick list offers: 设置's 工作人员 in post, then whoever has an account (the administrator too). */
export function staffNames(lookups: Lookups): string[] {
  return [...new Set([...lookups.staff.filter((s) => s.active).map((s) => s.name), ...lookups.accountNames])];
}
