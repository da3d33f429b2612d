import { registerDef } from '../../src-shared/registers';
import { expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { comboField, textField } from './helpers/fill';
import { openBook, saveForm, startNewRecord } from './helpers/ui';

// Dates, times and pick lists as a clerk types them: in the forms clerks write dates in (2026/11/26, 20261127,
// 2026年11月28日, 11月29日), times as 1430, and options by typing their Chinese and pressing Enter or Tab.

const petition = registerDef('petition');

test('来访：日期和时间照习惯键入，下拉选项键入中文后回车或离开即选中', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await openBook(page, petition);
  await startNewRecord(page, petition);

  const visitDate = textField(page, '来信/来访日期');
  await visitDate.fill('2026/11/26');
  await visitDate.press('Tab');
  await expect(visitDate).toHaveValue('2026-11-26');
  // One Tab from the date box reaches the time box: the calendar button is not in the Tab order.
  const time = textField(page, '时间');
  await expect(time).toBeFocused();
  await page.keyboard.type('1430');
  await page.keyboard.press('Tab');
  await expect(time).toHaveValue('14:30');

  // An exact option typed and Enter.
  const category = comboField(page, '问题类别');
  await category.click();
  await page.keyboard.type('纠纷');
  await page.keyboard.press('Enter');
  await expect(category).toHaveValue('纠纷');
  // The only option containing what was typed, kept on leaving with Tab.
  const handling = comboField(page, '处理意见');
  await handling.click();
  await page.keyboard.type('法律援助');
  await page.keyboard.press('Tab');
  await expect(handling).toHaveValue('转法律援助');
  // Clicking the option already chosen keeps it.
  await category.click();
  await page.getByRole('option', { name: '纠纷', exact: true }).click();
  await expect(category).toHaveValue('纠纷');

  // A date that is not one stays as typed, with a message naming what can be typed; then a compact date.
  const feedback = textField(page, '反馈日期');
  await feedback.fill('2026-13-01');
  await feedback.press('Tab');
  await expect(page.getByText('无法识别为日期', { exact: false })).toBeVisible();
  await expect(feedback).toHaveValue('2026-13-01');
  await feedback.fill('20261127');
  await feedback.press('Tab');
  await expect(feedback).toHaveValue('2026-11-27');
  await expect(page.getByText('无法识别为日期', { exact: false })).toHaveCount(0);
  await feedback.fill('2026年11月28日');
  await feedback.press('Tab');
  await expect(feedback).toHaveValue('2026-11-28');

  await textField(page.getByRole('group', { name: '来访人', exact: true }), '姓名').fill('周桂兰');
  await textField(page, '反映问题（来访事由）').fill('邻里排水沟堵塞');
  const receiver = comboField(page, '接待人');
  await receiver.fill('李明');
  await receiver.press('Tab');
  await saveForm(page);

  // Read back from the server: what was saved is what the boxes showed.
  await page.reload();
  await expect(textField(page, '来信/来访日期')).toHaveValue('2026-11-26');
  await expect(textField(page, '时间')).toHaveValue('14:30');
  await expect(textField(page, '反馈日期')).toHaveValue('2026-11-28');
  await expect(comboField(page, '问题类别')).toHaveValue('纠纷');
  await expect(comboField(page, '处理意见')).toHaveValue('转法律援助');
});

test('日期框的日历：中文月份，放假日标“休”，选中日期填入框内', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await openBook(page, petition);
  await startNewRecord(page, petition);
  // By role: the open calendar is labelled by its box too.
  const visitDate = page.getByRole('textbox', { name: '来信/来访日期', exact: true });
  await visitDate.fill('2026-10-12');
  await visitDate.press('Alt+ArrowDown');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('2026年10月')).toBeVisible();
  // 国庆节 2026: October 1–7 off (the calendar shipped with the app), each marked 休.
  const holiday = dialog.getByRole('button', { name: /^2026年10月1日，国庆节.*放假$/ });
  await expect(holiday).toHaveText('1休');
  await page.screenshot({ path: test.info().outputPath('calendar.png') });
  await dialog.getByRole('button', { name: '2026年10月20日', exact: true }).click();
  await expect(visitDate).toHaveValue('2026-10-20');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(visitDate).toBeFocused();
});
