import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useApi } from '../lib/useApi';
import { RecoveryPage } from '../pages/RecoveryPage';

/** Asks the core what it is running on before showing the app: a damaged database gets the recovery screen. */
export function StartupGate({ children }: { children: ReactNode }) {
  const status = useApi('app.status', {});
  // If the question itself fails (a lost connection), show the app: its pages report their own errors.
  if (status.error) return <>{children}</>;
  if (!status.data) {
    // The whole window is still empty: a bare spinner in its middle, not the in-page "正在读取" line.
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (status.data.mode === 'recovery')
    return (
      <RecoveryPage
        problem={status.data.problem}
        dataDir={status.data.dataDir}
        onRecovered={() => void status.reload()}
      />
    );
  return <>{children}</>;
}
