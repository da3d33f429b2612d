import { registerDef } from '../../src-shared/registers';
import { expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { comboField, textField } from './helpers/fill';
import { navLink, openBook, startNewRecord } from './helpers/ui';

// No lost work: leaving a half-filled form asks first, and the form keeps a draft that is offered back.

const mediation = registerDef('mediationCase');
const petition = registerDef('petition');

test('离开填了一半的表：菜单和“后退”都会先询问；再次打开时可恢复全部内容', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await openBook(page, petition);
  await startNewRecord(page, petition);
  const formUrl = page.url();
  await textField(page, '来信/来访日期').fill('2026-11-20');
  await textField(page, '时间').fill('0930');
  await textField(page.getByRole('group', { name: '来访人', exact: true }), '姓名').fill('周桂兰');
  await textField(page, '反映问题（来访事由）').fill('邻里排水沟堵塞，雨天倒灌');
  await comboField(page, '问题类别').fill('纠纷');
  await page.keyboard.press('Enter');

  // The menu: asked, and staying keeps everything where it was.
  await navLink(page, mediation.title).click();
  const question = page.getByRole('dialog', { name: '离开此页？' });
  await expect(question).toBeVisible();
  await expect(question).toContainText('来信来访登记簿 · 新增记录');
  await question.getByRole('button', { name: '留在此页' }).click();
  await expect(page).toHaveURL(formUrl);
  await expect(textField(page, '反映问题（来访事由）')).toHaveValue('邻里排水沟堵塞，雨天倒灌');

  // The browser's Back: asked too; this time leave.
  await page.goBack();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: '离开' }).click();
  await expect(page.getByRole('heading', { level: 2, name: petition.title, exact: true })).toBeVisible();

  // Opened again: the draft is offered, and restoring it brings every field back.
  await startNewRecord(page, petition);
  await expect(page.getByText('这张表有未保存的内容')).toBeVisible();
  await page.getByRole('button', { name: '恢复未保存的内容' }).click();
  await expect(textField(page, '来信/来访日期')).toHaveValue('2026-11-20');
  await expect(textField(page, '时间')).toHaveValue('09:30');
  await expect(textField(page.getByRole('group', { name: '来访人', exact: true }), '姓名')).toHaveValue('周桂兰');
  await expect(textField(page, '反映问题（来访事由）')).toHaveValue('邻里排水沟堵塞，雨天倒灌');
  await expect(comboField(page, '问题类别')).toHaveValue('纠纷');

  // Saved: the draft is gone, and leaving no longer asks.
  await comboField(page, '接待人').fill('李明');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page).toHaveURL(/#\/book\/petition\/\d+$/);
  await navLink(page, petition.title).click();
  await expect(question).toHaveCount(0);
  await startNewRecord(page, petition);
  await expect(page.getByText('这张表有未保存的内容')).toHaveCount(0);
});

test('关闭或刷新有未保存内容的页面时，浏览器先询问', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await openBook(page, petition);
  await startNewRecord(page, petition);
  await textField(page, '反映问题（来访事由）').fill('未保存的内容');
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    }),
  );
  // Dismissed, so the reload never completes: not awaited.
  void page.reload().catch(() => {});
  expect(await asked).toBe('beforeunload');
  await expect(textField(page, '反映问题（来访事由）')).toHaveValue('未保存的内容');
});
