import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lookups } from '../../../src-shared/handlers';
import { api } from './api';

interface LookupsState {
  lookups: Lookups;
  officeName: string;
  refresh: () => Promise<void>;
}

const empty: Lookups = { committees: [], staff: [], mediators: [] };
const LookupsContext = createContext<LookupsState>({ lookups: empty, officeName: '', refresh: async () => {} });

/** Pick lists (调委会, 工作人员, 调解员) and the office name, shared by every page. */
export function LookupsProvider({ children }: { children: ReactNode }) {
  const [lookups, setLookups] = useState<Lookups>(empty);
  const [officeName, setOfficeName] = useState('');
  const refresh = useCallback(async () => {
    const [next, settings] = await Promise.all([api('lookups.get', {}), api('settings.get', {})]);
    setLookups(next);
    setOfficeName(settings.officeName);
  }, []);
  useEffect(() => {
    void refresh().catch(() => {});
  }, [refresh]);
  // A stable value: the provider re-renders when the screen locks, and its readers (the whole shell) should not.
  const value = useMemo(() => ({ lookups, officeName, refresh }), [lookups, officeName, refresh]);
  return <LookupsContext.Provider value={value}>{children}</LookupsContext.Provider>;
}

export function useLookups(): LookupsState {
  return useContext(LookupsContext);
}
