import { expect, gotoApp, test } from './fixtures';
import { navLink } from './helpers/ui';

// 设置 → 文书: the 帮教协议书's clauses, edited with the keyboard alone and saved with Ctrl+S.

test('帮教协议书条款可用键盘添加、修改、删除并保存', async ({ page, ledger }) => {
  await gotoApp(page, ledger);
  await navLink(page, '设置').click();
  await page.getByRole('tab', { name: '文书', exact: true }).click();
  await expect(page).toHaveURL(/#\/settings\/documents$/);
  const subject = page.getByRole('group', { name: '帮教对象应当做到' });
  await expect(subject.getByRole('textbox')).toHaveCount(4);
  await expect(subject.getByRole('textbox', { name: '帮教对象第1条' })).toHaveValue(
    '遵守国家法律法规，自觉接受帮教，不再违法犯罪。',
  );

  // 添加一条 by keyboard: the new clause takes the cursor.
  await subject.getByRole('button', { name: '为帮教对象添加一条' }).focus();
  await page.keyboard.press('Enter');
  await expect(subject.getByRole('textbox', { name: '帮教对象第5条' })).toBeFocused();
  await page.keyboard.type('每月向帮教小组报告一次思想、工作和生活情况。');

  // Tab from the clause reaches its 删除; Enter removes it and the cursor stays in the list.
  await subject.getByRole('textbox', { name: '帮教对象第2条' }).focus();
  await page.keyboard.press('Tab');
  await expect(subject.getByRole('button', { name: '删除帮教对象第2条' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(subject.getByRole('textbox')).toHaveCount(4);
  await expect(subject.getByRole('textbox', { name: '帮教对象第2条' })).toBeFocused();

  // A blank clause is refused, naming the party; then saved with Ctrl+S.
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('帮教对象的条款不能为空，不需要的请删除').first()).toBeVisible();
  await page.keyboard.type('外出务工、变更居住地的，及时告知司法所。');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('设置已保存', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/settings-agreement-clauses.png' });

  await page.reload();
  await expect(subject.getByRole('textbox')).toHaveCount(4);
  await expect(subject.getByRole('textbox', { name: '帮教对象第2条' })).toHaveValue(
    '外出务工、变更居住地的，及时告知司法所。',
  );
  await expect(subject.getByRole('textbox', { name: '帮教对象第4条' })).toHaveValue(
    '每月向帮教小组报告一次思想、工作和生活情况。',
  );
});
