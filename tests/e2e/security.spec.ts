import { expect, gotoApp, seedSettingsViaApi, test } from './fixtures';

// The strict Content-Security-Policy must not break the app: every main page loads without a CSP complaint.

test('主要页面在严格的内容安全策略下加载，没有违规报告', async ({ page, ledger }) => {
  const complaints: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) complaints.push(message.text());
  });
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  const origin = new URL(ledger.url).origin;
  for (const [hash, heading] of [
    ['#/settings', '备份与恢复'],
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
