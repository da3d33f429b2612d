import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App';
import { StartupGate } from './components/StartupGate';
import { captureToken } from './lib/api';
import { LookupsProvider } from './lib/lookups';

// zod probes `new Function` unless told not to, which the page's Content-Security-Policy reports as a violation.
z.config({ jitless: true });
captureToken();

const theme = createTheme({
  primaryColor: 'blue',
  fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif',
  headings: { fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif' },
  defaultRadius: 'sm',
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <StartupGate>
        <LookupsProvider>
          <App />
        </LookupsProvider>
      </StartupGate>
    </MantineProvider>
  </StrictMode>,
);
