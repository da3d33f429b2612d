import type { Page } from '@playwright/test';
import { registerDef } from '../../src-shared/registers';
import { expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { comboField, fillRequired, textField } from './helpers/fill';
import { navLink, openBook, saveForm, startNewRecord } from './helpers/ui';

// A clerk fills the form and nothing else: the dates it holds start the deadlines (issue 19). The day is fixed, so
// the reminders fall within 首页's seven days; the worked example of docs/spec/deadlines.md (报到 2026-09-29, 国庆).

const onHome = (page: Page, rule: string) => page.getByLabel('待办提醒').locator(`[data-rule="${rule}"]`);

test.describe('社区矫正对象', () => {
  test.use({ today: '2026-10-09' });

  test('只填登记表（报到日期 2026-09-29）：首页提示入矫宣告和矫正小组（10月12日前）；从提醒去记录宣告后改为提示矫正方案', async ({
    page,
    ledger,
  }) => {
    const def = registerDef('correctionSubject');
    await seedSettingsViaApi(ledger.url);
    await gotoApp(page, ledger);
    await openBook(page, def);
    await startNewRecord(page, def);
    await fillRequired(page, def, '欧阳明');
    await textField(page, '矫正起始日期').fill('2026-09-29');
    await textField(page, '矫正终止日期').fill('2027-09-28');
    await textField(page, '报到（接收）日期').fill('2026-09-29');
    await saveForm(page);

    await navLink(page, '首页').click();
    const announce = onHome(page, 'CC-03');
    await expect(announce).toContainText('欧阳明');
    await expect(announce).toContainText('入矫宣告');
    await expect(announce).toContainText('2026-10-12');
    await expect(onHome(page, 'CC-02')).toContainText('矫正小组');
    await expect(onHome(page, 'CC-02')).toContainText('2026-10-12');
    await expect(onHome(page, 'CC-02').getByRole('link', { name: '填写“矫正小组成员 / 责任人”' })).toBeVisible();

    // The reminder leads to where the 宣告 is recorded: 记录事件, set to it, the cursor in its 日期.
    await announce.getByRole('link', { name: '记录“入矫宣告”' }).click();
    const form = page.getByLabel('快速记录事件');
    await expect(comboField(form, '事件类型')).toHaveValue('入矫宣告');
    await expect(textField(form, '日期')).toHaveValue('2026-10-09');
    await expect(textField(form, '日期')).toBeFocused();
    const timeline = page.getByLabel('时间线');
    const reported = timeline.locator('[data-event="报到（司法所）"]');
    await expect(reported).toContainText('2026-09-29');
    await expect(reported).toContainText('来自登记表');
    await page.keyboard.press('Tab');
    await page.keyboard.type('在司法所宣告');
    await form.getByRole('button', { name: '记录事件' }).click();

    await expect(timeline.locator('[data-event="入矫宣告"]')).toContainText('在司法所宣告');
    await expect(timeline.locator('[data-rule="CC-03"]')).toHaveCount(0);
    // 10-09 + 5 working days: 10-10 (Saturday, a 调休 working day), 12, 13, 14, 15.
    await expect(timeline.locator('[data-rule="CC-04"]')).toContainText('制定矫正方案');

    await navLink(page, '首页').click();
    await expect(onHome(page, 'CC-04')).toContainText('矫正方案');
    await expect(onHome(page, 'CC-04')).toContainText('2026-10-15');
    await expect(onHome(page, 'CC-03')).toHaveCount(0);
  });
});

test.describe('人民调解案件', () => {
  test.use({ today: '2026-11-12' });

  test('填了协议签订日期 2026-10-20，不记任何事件：首页提示告知司法确认（11月19日前）', async ({ page, ledger }) => {
    const def = registerDef('mediationCase');
    await seedSettingsViaApi(ledger.url);
    await gotoApp(page, ledger);
    await openBook(page, def);
    await startNewRecord(page, def);
    await fillRequired(page, def, '张建国');
    await textField(page, '受理日期').fill('2026-10-15');
    await textField(page, '协议签订日期').fill('2026-10-20');
    await saveForm(page);

    await navLink(page, '首页').click();
    const notice = onHome(page, 'RM-01');
    await expect(notice).toContainText('司法确认');
    await expect(notice).toContainText('2026-11-19');
    await notice.getByRole('link', { name: '记录“司法确认告知”' }).click();
    const timeline = page.getByLabel('时间线');
    await expect(timeline.locator('[data-event="协议生效"]')).toContainText('来自登记表');
    await expect(timeline.locator('[data-rule="RM-01"]')).toBeVisible();
    await expect(comboField(page.getByLabel('快速记录事件'), '事件类型')).toHaveValue('司法确认告知');
  });
});
