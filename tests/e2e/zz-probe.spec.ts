import { expect, gotoApp, seedSettingsViaApi, test } from './fixtures';

test('probe', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await page.getByRole('navigation', { name: '导航' }).getByRole('link', { name: '人民调解收结案登记簿', exact: true }).click();
  await page.getByRole('button', { name: '新增' }).click();
  await expect(page.getByText('新增记录').first()).toBeVisible();
  console.log(await page.locator('main').ariaSnapshot());
  await page.getByRole('combobox', { name: /承办调委会/ }).click();
  console.log(await page.getByRole('option').allTextContents());
  console.log(await page.getByRole('listbox').count());
});
