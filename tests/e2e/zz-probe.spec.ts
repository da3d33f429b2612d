import { expect, gotoApp, seedSettingsViaApi, test } from './fixtures';

test('probe', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await page.getByRole('navigation', { name: '导航' }).getByRole('link', { name: '人民调解收结案登记簿', exact: true }).click();
  await page.getByRole('button', { name: '新增' }).click();
  await expect(page.getByText('新增记录').first()).toBeVisible();
  const dump = async (label: string) => {
    const loc = page.getByLabel(label, { exact: true });
    console.log(label, 'exact count', await loc.count());
    const loc2 = page.getByLabel(label);
    console.log(label, 'loose count', await loc2.count());
    for (const l of await loc2.all()) console.log('  ', await l.evaluate((e) => e.outerHTML.slice(0, 300)));
  };
  await dump('承办调委会');
  await dump('纠纷类型');
  await dump('受理日期');
  await dump('人民调解员');
  console.log(await page.getByRole('combobox').count(), 'comboboxes');
  console.log(await page.getByRole('textbox', { name: '承办调委会' }).count(), 'textbox 承办调委会');
  await page.getByLabel('承办调委会', { exact: true }).click();
  console.log(await page.getByRole('option').allTextContents());
  await dump('承办调委会');
  const snap = await page.getByRole('group', { name: '申请人第1人', exact: true }).ariaSnapshot();
  console.log(snap);
  console.log(await page.locator('main').ariaSnapshot());
});
