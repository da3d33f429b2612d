import { registerDef } from '../../src-shared/registers';
import { callApi, expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { textField } from './helpers/fill';
import { openBook, saveForm } from './helpers/ui';

// 转入安置帮教 (issue 20): a 社区矫正对象 at 期满解矫 is transferred with one click; the new 安置帮教对象 shows what was
// carried over and the 3-year 期满; its 报到 typed on the form starts AB-04 (入帮评估 within a month). That recording
// the assessment removes it and starts the next is tests/unit/handover.test.ts's.

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
  });
});
