import type { Page } from '@playwright/test';
import { registerDef } from '../../src-shared/registers';
import { callApi, expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { chooseOption, fillRequired, textField } from './helpers/fill';
import { createSubjectViaApi } from './helpers/subjects';
import { navLink, openBook, saveForm, startNewRecord } from './helpers/ui';

// A correction subject's deadlines on 首页: 入矫宣告 five working days after reporting (across 国庆), then, once the
// 宣告 is recorded, the 矫正方案 five working days after it.

const def = registerDef('correctionSubject');

async function addEvent(page: Page, index: number, type: string, date: string): Promise<void> {
  await page.getByRole('button', { name: '添加事件记录', exact: true }).click();
  const entry = page.getByRole('group', { name: `事件记录第${index}条`, exact: true });
  await chooseOption(page, entry, '事件类型', type);
  await textField(entry, '日期').fill(date);
}

function reminder(page: Page, rule: string) {
  return page.getByLabel('待办提醒').locator(`[data-rule="${rule}"]`).filter({ hasText: '欧阳明' });
}

test('社区矫正对象：报到后首页提示入矫宣告，记录宣告后改为提示矫正方案', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await openBook(page, def);
  await startNewRecord(page, def);
  await fillRequired(page, def, '欧阳明');
  await textField(page, '矫正起始日期').fill('2026-09-29');
  await textField(page, '矫正终止日期').fill('2027-09-28');
  await addEvent(page, 1, '报到（司法所）', '2026-09-29');
  await saveForm(page);

  await navLink(page, '首页').click();
  const announce = reminder(page, 'CC-03');
  await expect(announce).toContainText(/入矫宣告，(本)?应在10月12日前/);
  await expect(announce).toContainText('2026-10-12');
  // How the date was counted sits behind 依据, reached from the keyboard.
  await announce.getByRole('button', { name: /^依据/ }).focus();
  await page.keyboard.press('Enter');
  const basis = page.getByLabel('期限依据');
  await expect(basis).toContainText('10月1日–7日');
  await expect(basis).toContainText('周六调休上班');
  await expect(basis).toContainText('CC-03');
  await page.keyboard.press('Escape');

  await announce.getByRole('link', { name: '欧阳明' }).click();
  await addEvent(page, 2, '入矫宣告', '2026-10-10');
  await saveForm(page);

  await navLink(page, '首页').click();
  const plan = reminder(page, 'CC-04');
  await expect(plan).toContainText('矫正方案');
  await expect(plan).toContainText('2026-10-16');
  await expect(reminder(page, 'CC-03')).toHaveCount(0);
});

test('设置中修改期限规则后，首页提醒按新期限计算', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await createSubjectViaApi(ledger.url, '2026-09-29', '2027-09-28', [{ type: '报到（司法所）', date: '2026-09-29' }]);
  await gotoApp(page, ledger);
  await expect(reminder(page, 'CC-03')).toContainText('2026-10-12');

  await navLink(page, '设置').click();
  await page.getByRole('tab', { name: '期限规则', exact: true }).click();
  const row = page.getByRole('table', { name: '期限规则' }).locator('tr[data-rule="CC-03"]');
  await row.getByLabel('CC-03期限').fill('3');
  await expect(row).toContainText('未保存');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('1 条期限规则已保存，提醒随之更新')).toBeVisible();
  await expect(row).not.toContainText('未保存');

  await navLink(page, '首页').click();
  // 9月30日、10月8日、9日: the 国庆 days are still not counted.
  await expect(reminder(page, 'CC-03')).toContainText('2026-10-09');
});

test('设置中“过期后不再提醒”用键盘填写、清空，Ctrl+S 保存', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await navLink(page, '设置').click();
  await page.getByRole('tab', { name: '期限规则', exact: true }).click();
  const table = page.getByRole('table', { name: '期限规则' });
  const days = table.locator('tr[data-rule="RM-01"]').getByLabel('RM-01过期后不再提醒');
  const stopOf = async () =>
    (await callApi<{ rules: { code: string; stopAfterDays?: number }[] }>(ledger.url, 'rules.list')).rules.find(
      (r) => r.code === 'RM-01',
    )?.stopAfterDays;
  await expect(days).toHaveValue('7');
  // A standing duty has nothing to set: missed, it is still owed.
  await expect(table.locator('tr[data-rule="CC-17"]').getByLabel('CC-17过期后不再提醒')).toHaveText('一直提醒');

  await days.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('10');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByText('1 条期限规则已保存，提醒随之更新')).toBeVisible();
  await expect.poll(stopOf).toBe(10);

  await days.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect(days).toHaveAttribute('placeholder', '一直提醒');
  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(stopOf).toBeUndefined();
});
