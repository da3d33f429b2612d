import { Center, Loader } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { LedgerHealthProvider, usePolledAppStatus } from '../lib/appStatus';
import { RecoveryPage } from '../pages/RecoveryPage';

/**
 * Asks the core what it is running on before showing the app, and keeps asking: a damaged database gets the recovery
 * screen, and damage found while the app runs reaches the banner on every page (DamageBanner).
 */
export function StartupGate({ children }: { children: ReactNode }) {
  const { status, failed, refresh } = usePolledAppStatus();
  const damage = status?.mode === 'normal' ? status.damage : null;
  const health = useMemo(() => ({ damage, refresh }), [damage, refresh]);
  if (!status && !failed) {
    // The whole window is still empty: a bare spinner in its middle, not the in-page "正在读取" line.
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (status?.mode === 'recovery') return <RecoveryPage problem={status.problem} onRecovered={() => void refresh()} />;
  // If the question itself failed (a lost connection), the app is shown: its pages report their own errors.
  return <LedgerHealthProvider value={health}>{children}</LedgerHealthProvider>;
}
