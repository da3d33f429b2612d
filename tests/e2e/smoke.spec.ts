import { callApi, expect, seedSettingsViaApi, test } from './fixtures';

// Smoke checks of the shared fixture and the built web version; the feature specs live beside this file.

test('打开网页版，页面标题为“司法所电子台账”', async ({ page, ledger }) => {
  await page.goto(ledger.url);
  await expect(page).toHaveTitle('司法所电子台账');
});

test('不带访问口令调用接口返回 401', async ({ request, ledger }) => {
  const response = await request.post(new URL('/api/lookups.get', ledger.url).href, { data: {} });
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ ok: false });
});

test('seedSettingsViaApi 写入的设置可以读回', async ({ ledger }) => {
  await seedSettingsViaApi(ledger.url);
  const settings = await callApi<{ officeName: string; staff: { name: string }[] }>(ledger.url, 'settings.get');
  expect(settings.officeName).toBe('东河镇司法所');
  expect(settings.staff.map((s) => s.name)).toEqual(['王晓红', '李明']);
});
