import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { Reminder } from '../../src-shared/rules';
import { callApi, expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { chooseOption, comboField, textField } from './helpers/fill';
import { navLink } from './helpers/ui';

// 设置 → 节假日日历 and 新增规则, seen from 首页: a year the office enters makes a working-day deadline computable; a
// rule the office adds reminds like a shipped one.

const SCREENSHOTS = 'docs/screenshots';

async function createPerson(url: string, name: string, reported: string, end: string): Promise<void> {
  await callApi(url, 'registers.create', {
    register: 'correctionSubject',
    data: {
      name,
      crime: '危险驾驶罪',
      sentence: '拘役二个月，缓刑一年',
      category: '缓刑',
      sex: '男',
      start_date: reported,
      end_date: end,
      state: '在矫',
      registered_on: reported,
      events: [{ type: '报到（司法所）', date: reported }],
    },
  });
}

function reminder(page: Page, rule: string, name: string) {
  return page.getByLabel('待办提醒').locator(`[data-rule="${rule}"]`).filter({ hasText: name });
}

async function reminderFor(url: string, rule: string): Promise<Reminder | undefined> {
  const { reminders } = await callApi<{ reminders: Reminder[] }>(url, 'reminders.list', {});
  return reminders.find((r) => r.ruleCode === rule);
}

test('设置中录入2027年节假日后，跨年的工作日期限由“无法计算”变为具体日期', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  // 报到 2026-12-30 + 5 个工作日 reaches into 2027, which the app does not ship.
  await createPerson(ledger.url, '陈立新', '2026-12-30', '2027-12-29');
  await gotoApp(page, ledger);
  await expect(reminder(page, 'CC-03', '陈立新')).toContainText('2027年的节假日安排尚未录入');

  await navLink(page, '设置').click();
  await page.getByRole('tab', { name: '节假日', exact: true }).click();
  const section = page.getByLabel('节假日日历');
  await textField(section, '新增年份').fill('2027');
  await section.getByRole('button', { name: '新增年份' }).click();
  await expect(section).toContainText('2027年尚无节假日安排');
  await section.getByRole('button', { name: '添加放假日期' }).click();
  await textField(section, '放假日期1').fill('2027-01-01');
  await textField(section, '放假名称1').fill('元旦');
  await expect(section.getByRole('table', { name: '放假日期' })).toContainText('周五');
  await section.getByRole('button', { name: '保存2027年节假日安排' }).click();
  await expect(page.getByText('2027年节假日安排已保存，提醒随之更新')).toBeVisible();
  await expect(comboField(section, '年份')).toHaveValue('2027年（本所录入）');
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await section.screenshot({ path: `${SCREENSHOTS}/settings-calendar.png` });

  // 12-31, then 1-4 … 1-7: 元旦 and the weekend are skipped.
  const computed = await reminderFor(ledger.url, 'CC-03');
  expect(computed).toMatchObject({ due: '2027-01-07' });
  expect(computed!.explanation).toContain('2027年1月1日元旦放假不计');
  await navLink(page, '首页').click();
  await expect(page.getByLabel('待办提醒')).toBeVisible();
  await expect(reminder(page, 'CC-03', '陈立新').filter({ hasText: '尚未录入' })).toHaveCount(0);

  // A make-up Saturday entered in the same year moves the date a day earlier.
  await page.goBack();
  await expect(page.getByRole('tab', { name: '节假日', exact: true })).toHaveAttribute('aria-selected', 'true');
  await section.getByRole('button', { name: '添加调休上班日期' }).click();
  await textField(section, '调休上班日期1').fill('2027-01-05');
  await textField(section, '调休上班名称1').fill('元旦调休上班');
  await section.getByRole('button', { name: '保存2027年节假日安排' }).click();
  await expect(section).toContainText('调休上班日期 2027-01-05 是周二，调休上班只能是周六或周日');
  await textField(section, '调休上班日期1').fill('2027-01-02');
  await section.getByRole('button', { name: '保存2027年节假日安排' }).click();
  await expect(section).not.toContainText('调休上班只能是周六或周日');
  await expect.poll(async () => (await reminderFor(ledger.url, 'CC-03'))?.due).toBe('2027-01-06');
});

test('设置中新增本所规则后，首页出现它的提醒', async ({ page, ledger }) => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await seedSettingsViaApi(ledger.url);
  await createPerson(ledger.url, '欧阳明', '2026-09-29', '2027-09-28');
  await gotoApp(page, ledger);
  await navLink(page, '设置').click();
  await page.getByRole('tab', { name: '期限规则', exact: true }).click();
  await page.getByRole('button', { name: '新增规则' }).click();
  const form = page.getByLabel('新增规则');
  await expect(textField(form, '规则编号')).toHaveValue('本所-01');
  await chooseOption(page, form, '触发（事件或日期）', '事件：报到（司法所）');
  await textField(form, '期限').fill('3');
  await chooseOption(page, form, '单位', '自然日');
  await chooseOption(page, form, '完成事件', '实地查访');
  await textField(form, '依据').fill('本所社区矫正工作制度：报到后三日内首次家访');
  await form.getByRole('button', { name: '保存新规则' }).click();
  await expect(form).toContainText('请填写要做的事');

  await textField(form, '要做的事').fill('首次家访');
  await form.screenshot({ path: `${SCREENSHOTS}/settings-new-rule.png` });
  await form.getByRole('button', { name: '保存新规则' }).click();
  await expect(page.getByText('规则 本所-01 已新增，提醒随之更新')).toBeVisible();
  const row = page.getByRole('table', { name: '期限规则' }).locator('tr[data-rule="本所-01"]');
  await expect(row).toContainText('本所');
  await expect(row.getByLabel('本所-01要做的事')).toHaveValue('首次家访');

  await navLink(page, '首页').click();
  const item = reminder(page, '本所-01', '欧阳明');
  await expect(item).toContainText('首次家访');
  await expect(item).toContainText('2026-10-02');
  await expect(item).toContainText('首次家访，本应在10月2日前');
  // The counting and the office's own basis sit behind 依据.
  await item.getByRole('button', { name: /^依据/ }).click();
  const basis = page.getByLabel('期限依据');
  await expect(basis).toContainText('报到（司法所） 2026-09-29 + 3 日 = 2026-10-02');
  await expect(basis).toContainText('本所社区矫正工作制度');
});
