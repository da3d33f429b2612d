import { SessionStore } from './accounts/sessions';
import { openLedger, type Ledger, type OpenOptions } from './db/open';
import { createRouter, type Invoke, type RouterOptions } from './router';

export interface Core {
  readonly ledger: Ledger;
  readonly invoke: Invoke;
  /** Who is logged in, in memory only. */
  readonly sessions: SessionStore;
  close(): Promise<void>;
}

/** Everything the app does, without Electron: the shell, the web server and the tests all start here. */
export function createCore(dataDir: string, options: OpenOptions & RouterOptions = {}): Core {
  const ledger = openLedger(dataDir, options);
  const sessions = options.sessions ?? new SessionStore();
  return { ledger, sessions, invoke: createRouter(ledger.db, { dataDir, ...options, sessions }), close: () => ledger.close() };
}
