import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { chromium } from '@playwright/test';
import { DATABASE_FILE } from '../../src-main/core/db/open';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/ensure-chromium.mjs';
import { TEST_ADMIN } from '../../tests/support/session';
import { quantile, round } from './stats';

// The browser part of npm run bench (results.json `browser`), reported not asserted: `npm run web` over a generated
// ledger, the first screen's time from opening the page, and paging through the biggest book (矛盾纠纷排查登记簿) page
// by page and to its last page.

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const WEB_ENTRY = path.join(ROOT, 'out', 'main', 'web.js');
const BOOK = 'disputeScreening';
const PAGES = 15;

export interface BrowserResult {
  bookRows: number;
  firstScreenMs: number[];
  bookFirstPageMs: number;
  nextPage: { median: number; p95: number };
  lastPageMs: number;
}

async function setUpAdministrator(url: string): Promise<string> {
  const { origin, hash } = new URL(url);
  const response = await fetch(`${origin}/api/auth.setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ledger-token': hash.slice('#token='.length) },
    body: JSON.stringify({ officeName: '东河镇司法所', county: null, township: null, admin: TEST_ADMIN }),
  });
  const result = (await response.json()) as { ok: boolean; session?: string; error?: { message: string } };
  if (!result.ok || !result.session) throw new Error(`首次使用设置失败：${result.error?.message ?? response.status}`);
  return result.session;
}

export async function measureBrowser(ledgerFile: string, log: (line: string) => void): Promise<BrowserResult> {
  if (!fs.existsSync(WEB_ENTRY)) {
    log('  构建网页版（electron-vite build）…');
    const build = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
      { cwd: ROOT, stdio: 'ignore' },
    );
    if (build.status !== 0) throw new Error('electron-vite build 失败');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-web-'));
  fs.copyFileSync(ledgerFile, path.join(dir, DATABASE_FILE));
  const server = spawn(process.execPath, [WEB_ENTRY, '--no-open', '--port', '0'], {
    env: { ...process.env, LEDGER_DATA_DIR: dir },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const executablePath = findChromium() ?? undefined;
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('网页版 60 秒内没有输出地址')), 60_000);
      createInterface({ input: server.stdout! }).on('line', (line) => {
        if (line.startsWith('http://127.0.0.1:')) {
          clearTimeout(timer);
          resolve(line.trim());
        }
      });
    });
    // A generated ledger has no accounts yet: 首次使用 over the API, as the clerk would in the page, then the tab holds
    // the session as the renderer keeps it after logging in.
    const session = await setUpAdministrator(url);
    const context = await browser.newContext();
    await context.addInitScript((id) => sessionStorage.setItem('ledger-session', id), session);
    const page = await context.newPage();
    const firstScreenMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await page.goto(i === 0 ? url : `${url.split('#')[0]}#/`);
      await page.locator('h2').first().waitFor();
      firstScreenMs.push(round(performance.now() - start));
      if (i === 0) await page.reload();
    }

    const firstRow = page.locator('tbody tr').first();
    let start = performance.now();
    await page.evaluate((book) => (window.location.hash = `#/book/${book}`), BOOK);
    await firstRow.waitFor();
    const bookFirstPageMs = round(performance.now() - start);

    const times: number[] = [];
    const controls = page.locator('.mantine-Pagination-control');
    for (let i = 0; i < PAGES; i++) {
      const before = await firstRow.textContent();
      start = performance.now();
      await controls.last().click();
      await page.waitForFunction((text) => document.querySelector('tbody tr')?.textContent !== text, before, {
        polling: 'raf',
      });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const lastButton = controls.nth((await controls.count()) - 2);
    // The list says how many records it has (共 N 条); the page size is the app's, not this file's.
    const bookRows = Number((await page.getByText(/^共 [\d,]+ 条$/).innerText()).replace(/\D/g, ''));
    start = performance.now();
    const before = await firstRow.textContent();
    await lastButton.click();
    await page.waitForFunction((text) => document.querySelector('tbody tr')?.textContent !== text, before, {
      polling: 'raf',
    });
    const lastPageMs = round(performance.now() - start);
    log(
      `  浏览器：首屏 ${firstScreenMs.join(' / ')} ms；翻页 p95 ${round(quantile(times, 0.95))} ms；末页 ${lastPageMs} ms`,
    );
    return {
      bookRows,
      firstScreenMs,
      bookFirstPageMs,
      nextPage: { median: round(quantile(times, 0.5)), p95: round(quantile(times, 0.95)) },
      lastPageMs,
    };
  } finally {
    await browser.close();
    server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
