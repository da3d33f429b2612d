import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { TEST_ADMIN } from '../support/session';
import { logIn } from './helpers/ui';
import { callApi, expect, gotoApp, seedSettingsViaApi, startServer, stopServer, test } from './fixtures';

// 设置 › 备份与恢复 and the recovery screen, in the browser version.

const SHOTS = path.resolve('test-results/screenshots');

function meeting(topic: string) {
  return {
    register: 'studyMeeting',
    data: { meeting_date: '2025-03-01', meeting_type: '政治学习', topic, registered_on: '2025-03-01' },
  };
}

async function bookShows(page: Page, visible: string[], hidden: string[]) {
  await page.goto(`${new URL(page.url()).origin}/#/book/studyMeeting`);
  for (const topic of visible) await expect(page.getByRole('cell', { name: topic })).toBeVisible();
  for (const topic of hidden) await expect(page.getByRole('cell', { name: topic })).toHaveCount(0);
}

/** Holds the page's calls of `method` until the returned function is called. */
async function holdCall(page: Page, method: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/api/${method}`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

async function openSettings(page: Page) {
  await page.goto(`${new URL(page.url()).origin}/#/settings/backup`);
  await expect(page.getByRole('heading', { name: '备份与恢复' })).toBeVisible();
}

test('备份、改动、恢复后看到旧数据，撤销恢复后又看到新数据', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await callApi(ledger.url, 'registers.create', meeting('备份前的会议'));
  await gotoApp(page, ledger);
  await openSettings(page);
  // Held at the browser while the page is looked at: a ten-year ledger takes seconds to copy (npm run bench).
  const release = await holdCall(page, 'backups.create');
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByRole('status').filter({ hasText: '正在写出备份' })).toBeVisible();
  await expect(page.getByRole('button', { name: '立即备份' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '备份到…' })).toBeDisabled();
  fs.mkdirSync(SHOTS, { recursive: true });
  const panel = page.locator('.mantine-Paper-root').filter({ has: page.getByRole('heading', { name: '备份与恢复' }) });
  await panel.screenshot({ path: path.join(SHOTS, 'backups-writing.png') });
  release();
  await expect(page.getByText('正在进行完整性检查')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '正在写出备份' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '备份到…' })).toBeEnabled();
  await page.unroute('**/api/backups.create');
  const table = page.getByRole('table', { name: '备份列表' });
  const manualRow = table.getByRole('row').filter({ hasText: '手动' });
  // The check runs in the background; the list looks again until it has its result and counts.
  await expect(manualRow).toContainText('通过');
  await expect(manualRow).toContainText('共 1 条');

  await callApi(ledger.url, 'registers.create', meeting('备份后的会议'));
  await bookShows(page, ['备份前的会议', '备份后的会议'], []);

  await openSettings(page);
  await expect(page.getByRole('button', { name: '撤销上次恢复' })).toBeDisabled();
  await table.getByRole('row').filter({ hasText: '手动' }).getByRole('button', { name: '恢复' }).click();
  await expect(page.getByRole('dialog', { name: '恢复备份' })).toContainText('共 1 条记录');
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'backups-confirm.png'), fullPage: true });
  await page.getByRole('button', { name: '确认恢复' }).click();
  // The restore ended every session, this tab's too: the login page says what happened, and the administrator logs
  // in again, to the restored ledger.
  const notice = page.getByRole('status').filter({ hasText: '已恢复到' });
  await expect(notice).toContainText('恢复后所有人都要重新登录');
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '导航' })).toHaveCount(0);
  await page.screenshot({ path: path.join(SHOTS, 'backups-login-after-restore.png'), fullPage: true });
  await logIn(page, TEST_ADMIN);
  await expect(page.getByRole('navigation', { name: '导航' })).toBeVisible();
  await openSettings(page);
  await expect(table.getByRole('row').filter({ hasText: '恢复前' })).toContainText('共 2 条');
  await page.screenshot({ path: path.join(SHOTS, 'backups-settings.png'), fullPage: true });
  await bookShows(page, ['备份前的会议'], ['备份后的会议']);

  await openSettings(page);
  await page.getByRole('button', { name: '撤销上次恢复' }).click();
  await expect(page.getByRole('status').filter({ hasText: '恢复之前的状态' })).toBeVisible();
  await logIn(page, TEST_ADMIN);
  await bookShows(page, ['备份前的会议', '备份后的会议'], []);
  // The 操作日志 kept everything through both, with a line for each.
  await page.goto(`${new URL(page.url()).origin}/#/audit`);
  const log = page.getByRole('table', { name: '修改记录' });
  await expect(log.getByRole('row').filter({ hasText: '撤销恢复，回到' })).toBeVisible();
  await expect(log.getByRole('row').filter({ hasText: '从备份' })).toBeVisible();
  await expect(log.getByRole('row').filter({ hasText: '备份后的会议' })).toBeVisible();
  await expect(log.getByRole('row').filter({ hasText: '登录' }).first()).toBeVisible();
});

test('备份到… 在网页版把核对过的台账文件直接下载下来，页面不动', async ({ page, ledger }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedSettingsViaApi(ledger.url);
  await callApi(ledger.url, 'registers.create', meeting('下载前的会议'));
  await gotoApp(page, ledger);
  await openSettings(page);
  // The copy is written and checked first (seconds on a large ledger): the page says so meanwhile.
  const release = await holdCall(page, 'backups.saveAs');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '备份到…' }).click();
  await expect(page.getByRole('status').filter({ hasText: '正在写出备份' })).toBeVisible();
  release();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^司法所电子台账备份-\d{4}-\d{2}-\d{2}\.sqlite3$/);
  expect(await download.failure()).toBeNull();
  const file = await download.path();
  // The file itself, as kept in 备份/: a SQLite database holding the ledger's record.
  const kept = fs.readdirSync(path.join(ledger.dataDir, '备份')).filter((name) => name.endsWith('-manual.sqlite3'));
  expect(kept).toHaveLength(1);
  const keptFile = path.join(ledger.dataDir, '备份', kept[0]!);
  expect(fs.statSync(file).size).toBe(fs.statSync(keptFile).size);
  expect(fs.readFileSync(file).equals(fs.readFileSync(keptFile))).toBe(true);
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(copy.prepare('SELECT topic FROM study_meeting').all()).toEqual([{ topic: '下载前的会议' }]);
  copy.close();

  await expect(page.getByText(/正在下载：司法所电子台账备份-.+（\d+ KB），进度见浏览器的下载栏/)).toBeVisible();
  await expect(page.getByRole('heading', { name: '备份与恢复' })).toBeVisible();
  const table = page.getByRole('table', { name: '备份列表' });
  await expect(table.getByRole('row').filter({ hasText: '手动' })).toContainText('通过');
  await table.getByRole('row').filter({ hasText: '手动' }).getByText('通过').hover();
  await expect(page.getByText(/校验值 SHA-256：[0-9a-f]{16}…/)).toBeVisible();
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'backups-download.png') });
});

test('备份没有做成时，提示标题是“未备份”，内容是服务端说明的原因', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await openSettings(page);
  // The server's answer for a full disk (the cause itself is made real in tests/unit/diskTrouble.test.ts).
  const message = '磁盘空间不足（还剩 12.0 MB，备份需要约 1.2 GB）：D:\\台账\\备份。请清理磁盘或换一个位置后重试。';
  await page.route('**/api/backups.create', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { message } }) }),
  );
  await page.getByRole('button', { name: '立即备份' }).click();
  const alert = page.locator('.mantine-Notification-root').filter({ hasText: message });
  await expect(alert).toContainText('未备份');
  await expect(alert).not.toContainText('已备份');
});

test('数据文件损坏时显示恢复页面，从最新的完好备份恢复后回到台账', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-damaged-'));
  try {
    const first = await startServer(dataDir);
    await seedSettingsViaApi(first.url);
    await callApi(first.url, 'registers.create', meeting('损坏前备份的会议'));
    await callApi(first.url, 'backups.create', {});
    await stopServer(first.child);
    fs.writeFileSync(path.join(dataDir, 'ledger.sqlite3'), Buffer.alloc(128 * 1024, 0x42));

    const second = await startServer(dataDir);
    try {
      await page.goto(second.url);
      await expect(page.getByRole('heading', { name: '司法所电子台账 · 数据恢复' })).toBeVisible();
      await expect(page.getByText('数据文件已损坏')).toBeVisible();
      await expect(page.getByRole('navigation', { name: '导航' })).toHaveCount(0);
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, 'recovery.png'), fullPage: true });
      // Nothing but recovery answers while the file is damaged.
      await expect(callApi(second.url, 'registers.list', { register: 'studyMeeting' })).rejects.toThrow(
        '请先从备份恢复',
      );

      await page.getByRole('button', { name: '从这个备份恢复' }).click();
      // The restored ledger brings its own accounts: the administrator logs in to it.
      await logIn(page, TEST_ADMIN);
      await expect(page.getByRole('navigation', { name: '导航' })).toBeVisible();
      await bookShows(page, ['损坏前备份的会议'], []);
    } finally {
      await stopServer(second.child);
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
