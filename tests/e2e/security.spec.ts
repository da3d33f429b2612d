import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openBrowser } from '../../src-main/openBrowser';
import { registerDef } from '../../src-shared/registers';
import { TEST_ADMIN } from '../support/session';
import { expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { primaryField, textField } from './helpers/fill';
import { openBook, startNewRecord } from './helpers/ui';

// The strict Content-Security-Policy must not break the app: every main page loads without a CSP complaint. The lock
// screen hides what it covers; the browser is opened without the token on a command line.

test('主要页面在严格的内容安全策略下加载，没有违规报告', async ({ page, ledger }) => {
  const complaints: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) complaints.push(message.text());
  });
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  const origin = new URL(ledger.url).origin;
  for (const [hash, heading] of [
    ['#/settings/backup', '备份与恢复'],
    ['#/return', '月报'],
    ['#/book/mediationCase/new', '人民调解'],
  ] as const) {
    await page.goto(`${origin}/${hash}`);
    await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
  }
  await page.goto(`${origin}/#/`);
  await expect(page.getByRole('navigation', { name: '导航' })).toBeVisible();
  expect(complaints).toEqual([]);
});

test('锁屏时下面的页面不显示、Tab 到不了，锁屏框可用键盘操作；解锁后未保存的内容仍在', async ({
  page,
  ledger,
}, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await gotoApp(page, ledger);
  const def = registerDef('studyMeeting');
  await openBook(page, def);
  await startNewRecord(page, def);
  const topic = textField(page, primaryField(def).label);
  await topic.fill('锁屏前录了一半的主题');

  await page.getByRole('button', { name: '锁屏' }).click();
  const lock = page.getByRole('dialog', { name: '已锁屏' });
  await expect(lock).toBeVisible();
  // The page beneath is not drawn, and not there for a screen reader either (getByRole leaves out aria-hidden).
  await expect(page.getByText('锁屏前录了一半的主题')).toHaveCount(0);
  await expect(page.locator('input[value="锁屏前录了一半的主题"]')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '导航' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: `${def.title} · 新增记录` })).toHaveCount(0);
  await expect(page.getByText('司法所电子台账').first()).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('lock-screen.png') });

  // Tab goes round the lock's own fields and buttons and never lands beneath it.
  const reached = new Set<string>();
  for (let press = 0; press < 12; press++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const active = document.activeElement;
      if (!active || active === document.body) return { inLock: true, name: 'body' };
      const inLock = Boolean(active.closest('[role="dialog"][aria-label="已锁屏"]'));
      return { inLock, name: active.getAttribute('aria-label') ?? active.textContent ?? active.tagName };
    });
    expect(focus.inLock, `Tab 到了锁屏框以外：${focus.name}`).toBe(true);
    reached.add(focus.name.trim());
  }
  expect([...reached]).toEqual(expect.arrayContaining(['解锁', '换一个账号登录']));

  // Unlocked from the keyboard alone: the page is back, with what was typed.
  await textField(lock, '密码').focus();
  await page.keyboard.type(TEST_ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(lock).toHaveCount(0);
  await expect(topic).toBeVisible();
  await expect(topic).toHaveValue('锁屏前录了一半的主题');
  await expect(page.getByRole('navigation', { name: '导航' })).toBeVisible();
});

test('浏览器从数据文件夹里的启动页打开台账：命令行里没有访问口令', async ({ page, ledger }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-start-'));
  try {
    const commands: string[][] = [];
    const startPage = openBrowser(ledger.url, dir, (command, args) => void commands.push([command, ...args]))!;
    expect(commands.flat().join(' ')).not.toContain(new URL(ledger.url).hash.slice('#token='.length));
    await page.goto(pathToFileURL(startPage).href);
    await expect(page).toHaveURL(new RegExp(`^${new URL(ledger.url).origin}/#/$`));
    await expect(page.getByRole('navigation', { name: '导航' })).toBeVisible();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
