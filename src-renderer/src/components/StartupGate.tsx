import { Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { AppStatus } from '../../../src-shared/backups';
import { api } from '../lib/api';
import { RecoveryPage } from '../pages/RecoveryPage';

/** Asks the core what it is running on before showing the app: a damaged database gets the recovery screen. */
export function StartupGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const check = useCallback(() => {
    // If the question itself fails (a lost connection), show the app: its pages report their own errors.
    api('app.status', {})
      .then(setStatus)
      .catch(() => setStatus({ mode: 'normal', dataDir: '' }));
  }, []);
  useEffect(check, [check]);
  if (!status) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (status.mode === 'recovery')
    return <RecoveryPage problem={status.problem} dataDir={status.dataDir} onRecovered={check} />;
  return <>{children}</>;
}
