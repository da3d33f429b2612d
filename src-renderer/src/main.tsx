import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import './print.css';
import { Alert, Center, createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { memo, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App';
import { StartupGate } from './components/StartupGate';
import { captureToken } from './lib/api';
import { AuthProvider } from './lib/auth';
import { LookupsProvider } from './lib/lookups';
import { LockScreen, LoginPage, SetupPage } from './pages/LoginPage';

// zod probes `new Function` unless told not to, which the page's Content-Security-Policy reports as a violation.
z.config({ jitless: true });
captureToken();

// Memoized: locking the screen must not re-render the shell, so the page under the lock keeps what was typed.
const Shell = memo(App);

const theme = createTheme({
  primaryColor: 'blue',
  fontFamily:
    '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif',
  headings: { fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif' },
  defaultRadius: 'sm',
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      {/* Top centre: over the header's empty middle, never over 新增, 生成文书 or 保存 (right and bottom). */}
      <Notifications position="top-center" autoClose={4000} containerWidth={380} />
      <StartupGate>
        {/* Nothing of the books loads before a login; a locked screen keeps the page mounted under the lock. */}
        <AuthProvider
          fallback={
            <Center mih="100vh">
              <Alert color="red">无法连接本机服务，请重新打开程序</Alert>
            </Center>
          }
        >
          {(status) =>
            status.setupNeeded ? (
              <SetupPage />
            ) : !status.user ? (
              <LoginPage />
            ) : (
              <LookupsProvider key={status.user.id}>
                <Shell />
                {status.locked && <LockScreen />}
              </LookupsProvider>
            )
          }
        </AuthProvider>
      </StartupGate>
    </MantineProvider>
  </StrictMode>,
);
