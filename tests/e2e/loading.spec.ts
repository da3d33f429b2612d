import { callApi, expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { listRows, searchBox } from './helpers/ui';

// Data loading (src-renderer/src/lib/useApi.ts): a reply to a request the page has moved on from never lands.

function meeting(topic: string) {
  return {
    register: 'studyMeeting',
    data: { meeting_date: '2025-03-01', meeting_type: '政治学习', topic, registered_on: '2025-03-01' },
  };
}

test('列表：先发出的请求晚到时，不覆盖之后搜索的结果', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await callApi(ledger.url, 'registers.create', meeting('春季安全生产会议'));
  await callApi(ledger.url, 'registers.create', meeting('法治学习会议'));
  await gotoApp(page, ledger);

  // The unfiltered list is held at the browser, as a slow first page would be; the search goes straight through.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const isUnfiltered = (body: unknown) => !(body as { q?: string }).q;
  await page.route('**/api/registers.list', async (route) => {
    if (isUnfiltered(route.request().postDataJSON())) await held;
    await route.continue();
  });
  const lateReply = page.waitForResponse(
    (r) => r.url().endsWith('/api/registers.list') && isUnfiltered(r.request().postDataJSON()),
  );
  await page.goto(`${new URL(page.url()).origin}/#/book/studyMeeting`);
  await searchBox(page).fill('法治');
  await expect(listRows(page, '法治学习会议')).toHaveCount(1);

  release();
  await lateReply;
  // Give the late reply every chance to be drawn: it must not be.
  await page.waitForTimeout(500);
  await expect(listRows(page, '法治学习会议')).toHaveCount(1);
  await expect(listRows(page, '春季安全生产会议')).toHaveCount(0);
  await expect(page.getByText('共 1 条', { exact: true })).toBeVisible();
});
