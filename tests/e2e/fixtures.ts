import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { SEED_SETTINGS } from '../support/office';
import { TEST_ADMIN } from '../support/session';

// Shared fixture for the end-to-end specs: every test gets its own web server (`node out/main/web.js`) over its own
// fresh data folder, so tests run in parallel without seeing each other's records. Build
// first: `npx electron-vite build`.

export { expect };

/** A running ledger web server: `url` carries the access token in its fragment (`…/#token=…`). */
export interface Ledger {
  url: string;
  dataDir: string;
}

const WEB_ENTRY = fileURLToPath(new URL('../../out/main/web.js', import.meta.url));
const START_TIMEOUT_MS = 20_000;
const URL_PREFIX = 'http://127.0.0.1:';

interface Server {
  child: ChildProcess;
  url: string;
  /** Everything the server printed, for the failure report. */
  log: () => string;
}

/** `env`: more of the server's environment, e.g. LEDGER_START_BACKUP_AFTER_MS (src-main/web.ts). */
export function startServer(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<Server> {
  if (!fs.existsSync(WEB_ENTRY)) {
    return Promise.reject(
      new Error(`找不到 ${WEB_ENTRY}，请先运行 npx electron-vite build（Build first: npx electron-vite build）`),
    );
  }
  const child = spawn(process.execPath, [WEB_ENTRY, '--no-open', '--port', '0'], {
    env: { ...process.env, ...env, LEDGER_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (stderr += chunk));
  const log = () => `--- stdout ---\n${stdout.join('\n')}\n--- stderr ---\n${stderr}`;

  return new Promise<Server>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`网页版服务未能启动（${reason}）\n${log()}`));
    };
    const timer = setTimeout(() => fail(`${START_TIMEOUT_MS / 1000} 秒内没有输出地址`), START_TIMEOUT_MS);
    child.on('error', (error) => fail(error.message));
    child.on('exit', (code, signal) => fail(`进程已退出，退出码 ${code ?? signal}`));
    // Keep reading after the address line, so a chatty server never blocks on a full pipe.
    createInterface({ input: child.stdout! }).on('line', (line) => {
      stdout.push(line);
      if (!settled && line.startsWith(URL_PREFIX)) {
        settled = true;
        clearTimeout(timer);
        resolve({ child, url: line.trim(), log });
      }
    });
  });
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Every spec works as the office's administrator unless it says `test.use({ autoLogin: false })` (the accounts spec,
 * which goes through 首次使用 and 登录 itself): the first-run setup and login happen through the API, and the page
 * starts with that session, as a tab that has just logged in does.
 */
export const test = base.extend<{ ledger: Ledger; autoLogin: boolean; today: string | null }>({
  autoLogin: [true, { option: true }],
  /**
   * A spec about dated reminders fixes the day (`test.use({ today: '2026-10-09' })`): the server counts from it
   * (LEDGER_TODAY) and the page's clock shows it, so the forms' 今天 is the same day.
   */
  today: [null, { option: true }],
  page: async ({ page, ledger, autoLogin, today }, use) => {
    if (autoLogin) {
      const session = await sessionFor(ledger.url);
      await page.addInitScript((id) => sessionStorage.setItem('ledger-session', id), session);
    }
    if (today) await page.clock.setFixedTime(new Date(`${today}T09:00:00+08:00`));
    await use(page);
  },
  ledger: async ({ today }, use, testInfo) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-'));
    let server: Server | undefined;
    try {
      server = await startServer(dataDir, today ? { LEDGER_TODAY: today } : {});
      await use({ url: server.url, dataDir });
    } finally {
      if (server) {
        await stopServer(server.child);
        if (testInfo.status !== testInfo.expectedStatus) {
          await testInfo.attach('server-log', { body: server.log(), contentType: 'text/plain' });
        }
      }
      fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    }
  },
});

/** Open the app and wait until it has rendered its name. */
export async function gotoApp(page: Page, ledger: Ledger): Promise<void> {
  await page.goto(ledger.url);
  await expect(page.getByText('司法所电子台账').first()).toBeVisible();
}

function splitUrl(url: string): { origin: string; token: string } {
  const parsed = new URL(url);
  const token = parsed.hash.startsWith('#token=') ? parsed.hash.slice('#token='.length) : '';
  if (!token) throw new Error(`地址中没有访问口令（#token=…）：${url}`);
  return { origin: parsed.origin, token };
}

interface ApiAnswer<T> {
  status: number;
  text: string;
  result: { ok?: boolean; value?: T; session?: string | null; error?: { message?: string } };
}

async function post<T>(url: string, method: string, input: unknown, session: string | null): Promise<ApiAnswer<T>> {
  const { origin, token } = splitUrl(url);
  const response = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-ledger-token': token,
      ...(session ? { 'x-ledger-session': session } : {}),
    },
    body: JSON.stringify(input),
  });
  const text = await response.text();
  try {
    return { status: response.status, text, result: JSON.parse(text) as ApiAnswer<T>['result'] };
  } catch {
    throw new Error(`${method}：HTTP ${response.status}，返回的不是 JSON：${text.slice(0, 200)}`);
  }
}

/** One administrator session per server: 首次使用 (setup) on a new ledger, a login on one already set up. */
const sessions = new Map<string, Promise<string>>();

export function sessionFor(url: string): Promise<string> {
  const { origin, token } = splitUrl(url);
  // Keyed by the launch token: a later server may reuse the port.
  const key = `${origin}#${token}`;
  let session = sessions.get(key);
  if (!session) {
    session = (async () => {
      const status = await post<{ setupNeeded: boolean }>(url, 'auth.status', {}, null);
      const answer = status.result.value?.setupNeeded
        ? await post(
            url,
            'auth.setup',
            { officeName: SEED_SETTINGS.officeName, county: null, township: null, admin: TEST_ADMIN },
            null,
          )
        : await post(url, 'auth.login', { username: TEST_ADMIN.username, password: TEST_ADMIN.password }, null);
      if (!answer.result.session)
        throw new Error(`无法以管理员登录：${answer.result.error?.message ?? answer.text.slice(0, 200)}`);
      return answer.result.session;
    })();
    session.catch(() => sessions.delete(key));
    sessions.set(key, session);
  }
  return session;
}

/**
 * Call one API method over HTTP with the launch token and the administrator's session, as the renderer does; throws
 * on `{ ok: false }`.
 */
export async function callApi<T = unknown>(url: string, method: string, input: unknown = {}): Promise<T> {
  const { status, text, result } = await post<T>(url, method, input, await sessionFor(url));
  if (status !== 200 || result.ok !== true) {
    throw new Error(`${method} 失败（HTTP ${status}）：${result.error?.message ?? text.slice(0, 200)}`);
  }
  return result.value as T;
}

/** The office most specs need (shared with the unit tests). */
export { SEED_SETTINGS };

/** Save SEED_SETTINGS through the web API (`url` is `ledger.url`, with its #token=). Returns the saved settings. */
export async function seedSettingsViaApi(url: string): Promise<unknown> {
  return callApi(url, 'settings.save', SEED_SETTINGS);
}
