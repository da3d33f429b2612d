import { registerDef } from '../../src-shared/registers';
import { callApi, expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { chooseOption, comboField, textField } from './helpers/fill';
import { openBook, saveForm } from './helpers/ui';

// 转入安置帮教 (issue 20): a 社区矫正对象 at 期满解矫 is transferred with one click; the new 安置帮教对象 shows what was
// carried over and the 3-year 期满; its 报到 typed on the form starts AB-04 (入帮评估 within a month); the 入帮评估
// recorded on the form removes it and starts the 首次日常评估 (3 months, whatever the level: handbook (11)); a
// 日常评估 after which the level is 中 starts the next at half a year (AB-05B), not at 3 months (AB-05A, 低).

test.describe('安置帮教对象', () => {
  test.use({ today: '2026-07-06' });

  test('期满解矫 → 转入安置帮教（一次点击）：带过罪名、矫正小组，帮教期满 2029-06-29；填报到日期后提示入帮评估（8月3日前）', async ({
    page,
    ledger,
  }) => {
    await seedSettingsViaApi(ledger.url);
    await callApi(ledger.url, 'registers.create', {
      register: 'correctionSubject',
      data: {
        registered_on: '2025-07-01',
        name: '秦某乙',
        sex: '男',
        crime: '盗窃罪',
        sentence: '有期徒刑一年，缓刑一年',
        category: '缓刑',
        start_date: '2025-07-01',
        end_date: '2026-06-30',
        team: '王晓红（司法所）、李明（村委会）',
        state: '期满解矫',
      },
    });
    await gotoApp(page, ledger);
    await openBook(page, registerDef('correctionSubject'));
    await page.getByRole('link', { name: /打开第1条/ }).click();
    await page.getByRole('button', { name: '转入安置帮教' }).click();

    await expect(page.getByRole('heading', { name: /安置帮教对象/ }).first()).toBeVisible();
    await expect(textField(page, '姓名')).toHaveValue('秦某乙');
    await expect(textField(page, '罪名')).toHaveValue('盗窃罪');
    await expect(textField(page, '释放（解矫）日期')).toHaveValue('2026-06-30');
    await expect(textField(page, '帮教期满日期')).toHaveValue('2029-06-29');
    await expect(page.getByLabel('帮教小组成员 / 责任人')).toHaveValue('王晓红（司法所）、李明（村委会）');
    await expect(page.getByLabel('关联记录')).toContainText('转自社区矫正对象花名册');

    await textField(page, '报到日期').fill('2026-07-03');
    await saveForm(page);
    const timeline = page.getByLabel('时间线');
    await expect(timeline.locator('[data-rule="AB-04"]')).toContainText('应在8月3日前');
    await expect(timeline.locator('[data-event="报到"]')).toContainText('来自登记表');

    // The 入帮评估, added where the reminder sends the clerk (the form's 评估): AB-04 is done, the 首次日常评估 is due
    // 3 months on.
    await timeline.getByRole('button', { name: '添加评估', exact: true }).click();
    const entry = page.getByRole('group', { name: '评估第1条' });
    await textField(entry, '评估日期').fill('2026-07-20');
    await chooseOption(page, entry, '评估类型', '入帮评估');
    await chooseOption(page, entry, '评估后等级', '低');
    await saveForm(page);
    await expect(timeline.locator('[data-rule="AB-04"]')).toHaveCount(0);
    await expect(timeline.locator('[data-rule="AB-05"]')).toContainText('应在10月20日前');

    // A 日常评估 after which the index is 中: the next is half a year on (AB-05B), not 3 months (AB-05A is for 低).
    await page
      .locator('[id="section-resettlement-评估"]')
      .getByRole('button', { name: '添加评估', exact: true })
      .click();
    const daily = page.getByRole('group', { name: '评估第2条' });
    await textField(daily, '评估日期').fill('2026-09-15');
    await chooseOption(page, daily, '评估类型', '日常评估');
    await chooseOption(page, daily, '评估后等级', '中');
    await saveForm(page);
    await expect(timeline.locator('[data-rule="AB-05"]')).toHaveCount(0);
    await expect(timeline.locator('[data-rule="AB-05A"]')).toHaveCount(0);
    await expect(timeline.locator('[data-rule="AB-05B"]')).toContainText('2027年3月15日');
    await expect(comboField(page, '社会适应指数等级')).toHaveValue('中');
  });
});
