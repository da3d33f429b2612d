import type { Page } from '@playwright/test';
import { addDays, todayIso } from '../../src-shared/dates';
import type { RecordRow } from '../../src-shared/handlers';
import { registerDef } from '../../src-shared/registers';
import type { Settings } from '../../src-shared/settings';
import { committeeIdsOf, sampleRecord } from '../unit/samples';
import { callApi, expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { createSubjectViaApi } from './helpers/subjects';

// Plain Chinese: 首页 and 操作日志 show no rule code, record number or date formula (those sit behind 依据 only),
// and 首页's first-use hint is on the first screen at 1366×768. Screenshots of both pages go to docs/screenshots.

const SHOTS = 'docs/screenshots';
const CODES = /[A-Z]{2}-\d{2}|#\d+| [+−-] \d+ 日|\d+ 个工作日 =/u;
const today = todayIso();

async function visibleText(page: Page): Promise<string> {
  return page.locator('main').innerText();
}

test('第一次使用的提示在1366×768的第一屏', async ({ page, ledger }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await gotoApp(page, ledger);
  const hint = page.getByLabel('第一次使用');
  await expect(hint).toBeInViewport({ ratio: 1 });
  await expect(hint.getByRole('button', { name: '去设置' })).toBeVisible();
});

test('首页提醒和操作日志说人话：没有规则编号、记录号和算式，依据用键盘可以打开', async ({ page, ledger }) => {
  const settings = (await seedSettingsViaApi(ledger.url)) as Settings;
  await createSubjectViaApi(ledger.url, addDays(today, -8), addDays(today, 300), [
    { type: '报到（司法所）', date: addDays(today, -8) },
  ]);
  const petition = registerDef('petition');
  const data = sampleRecord(petition, { committeeIds: committeeIdsOf(settings), date: today, name: '张三' });
  const row = await callApi<RecordRow>(ledger.url, 'registers.create', { register: petition.key, data });
  await callApi(ledger.url, 'registers.update', {
    register: petition.key,
    id: row.id,
    data: { ...data, matter: '反映邻居堆放杂物占用通道' },
  });
  await callApi(ledger.url, 'backups.create', {});

  await page.setViewportSize({ width: 1366, height: 768 });
  await gotoApp(page, ledger);
  const reminders = page.getByLabel('待办提醒');
  const contact = reminders.locator('[data-rule="CC-05"]');
  await expect(contact).toContainText('通信联络');
  await expect(contact).toContainText('本应在');
  expect((await visibleText(page)).match(CODES)?.[0] ?? null).toBeNull();
  await page.screenshot({ path: `${SHOTS}/words-home.png` });

  // 依据: Tab reaches it, Enter opens it, and only there are the rule number and the counting.
  await contact.getByRole('button', { name: /^依据/ }).focus();
  await page.keyboard.press('Enter');
  const basis = page.getByLabel('期限依据');
  await expect(basis).toContainText('规则编号：CC-05');
  await expect(basis).toContainText('依据：');
  await page.keyboard.press('Escape');
  await expect(basis).toBeHidden();

  await page.goto(`${new URL(page.url()).origin}/#/audit`);
  const log = page.getByRole('table', { name: '修改记录' });
  await expect(log).toContainText('来信来访登记簿：张三');
  await expect(log).toContainText('反映问题（来访事由）：由“');
  await expect(log).toContainText('手动备份”');
  const text = await visibleText(page);
  expect(text.match(CODES)?.[0] ?? null).toBeNull();
  expect(text).not.toMatch(/→|\.sqlite3/u);
  expect(text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/u);
  await page.screenshot({ path: `${SHOTS}/words-audit-log.png` });
});
