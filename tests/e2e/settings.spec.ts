import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { BackupEntry } from '../../src-shared/backups';
import { callApi, expect, gotoApp, sessionFor, startServer, stopServer, test } from './fixtures';
import { textField } from './helpers/fill';
import { navLink } from './helpers/ui';

// 设置 in tabs: each tab its own address (Back returns to it), reachable by keyboard, one 保存 per tab that Ctrl+S
// also presses, and 备份与恢复 straight from the menu, saying which copies it keeps and which one a new copy let go.

function selectedTab(page: Page) {
  return page.getByRole('tab', { selected: true });
}

test('设置的各页可用键盘切换，地址记住所在的页，后退回到上一页', async ({ page, ledger }) => {
  await gotoApp(page, ledger);
  await navLink(page, '设置').click();
  await expect(selectedTab(page)).toHaveText('本所');

  // From the menu, Tab reaches the tabs; the arrows go from one to the next.
  await navLink(page, '设置').focus();
  let presses = 0;
  while (!(await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab'))) {
    await page.keyboard.press('Tab');
    expect(++presses, 'Tab 应能到达设置的分页').toBeLessThan(15);
  }
  await expect(page.getByRole('tab', { name: '本所', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(selectedTab(page)).toHaveText('调委会与人员');
  await expect(page).toHaveURL(/#\/settings\/committees$/);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(selectedTab(page)).toHaveText('期限规则');
  await expect(page).toHaveURL(/#\/settings\/rules$/);
  await expect(page.getByRole('table', { name: '期限规则' })).toBeVisible();

  await page.reload();
  await expect(selectedTab(page)).toHaveText('期限规则');
  await page.goBack();
  await expect(selectedTab(page)).toHaveText('节假日');
  await expect(page.getByLabel('节假日日历')).toBeVisible();
});

test('本所页按 Ctrl+S 保存', async ({ page, ledger }) => {
  await gotoApp(page, ledger);
  await navLink(page, '设置').click();
  const name = textField(page, '司法所名称');
  await name.fill('东湖镇司法所');
  await name.press('Control+s');
  await expect(page.getByText('设置已保存', { exact: true })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('东湖镇司法所');
  await page.reload();
  await expect(textField(page, '司法所名称')).toHaveValue('东湖镇司法所');
});

test('菜单中的“备份与恢复”直接打开备份页；立即备份删掉较早的备份时说明原因', async ({ page }) => {
  test.setTimeout(90_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-settings-'));
  // The start-up copy a moment after start: 立即备份 the same day makes it redundant once checked.
  const server = await startServer(dataDir, { LEDGER_START_BACKUP_AFTER_MS: '300' });
  try {
    const session = await sessionFor(server.url);
    await expect
      .poll(
        async () =>
          (await callApi<{ backups: BackupEntry[] }>(server.url, 'backups.list', {})).backups.filter(
            (b) => b.kind === '启动' && b.verification.ok,
          ).length,
        { timeout: 30_000 },
      )
      .toBe(1);
    await page.addInitScript((id) => sessionStorage.setItem('ledger-session', id), session);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(server.url);
    await navLink(page, '备份与恢复').click();
    await expect(page).toHaveURL(/#\/settings\/backup$/);
    await expect(selectedTab(page)).toHaveText('备份与恢复');
    await expect(
      page.getByText(/^保留规则：最近 7 天每天留当天最新的一份，最近 12 个月每月留当月最新的一份/),
    ).toBeVisible();
    const table = page.getByRole('table', { name: '备份列表' });
    await expect(table.getByRole('row').filter({ hasText: '启动' })).toHaveCount(1);

    await page.getByRole('button', { name: '立即备份', exact: true }).click();
    await expect(
      page.getByText(/检查通过后，按保留规则删除较早的 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（启动）的备份/),
    ).toBeVisible();
    // Once the new copy has passed its check, the start-up copy leaves the table.
    await expect(table.getByRole('row').filter({ hasText: '手动' })).toContainText('通过', { timeout: 30_000 });
    await expect(table.getByRole('row').filter({ hasText: '启动' })).toHaveCount(0);
    fs.mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/settings-backup.png' });
  } finally {
    await stopServer(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
