import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { registerDef } from '../../src-shared/registers';
import { petitionMerges, petitionRows, xlsxBytes } from '../unit/importSheets';
import { callApi, expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { openBook } from './helpers/ui';

// 导入 (issue 21) as a clerk does it: choose an old 来信来访登记簿 (merged title, two-level header, mixed dates, a
// wrong 身份证号, a 合计 row), fix the 身份证号 in the preview, leave the row already in the ledger skipped, confirm,
// find the records in the list, then undo the batch and find them in 回收站.

test.use({ viewport: { width: 1366, height: 768 } });

test('导入来信来访登记簿：预览中改正身份证号，跳过疑似重复，确认导入，再撤销到回收站', async ({ page, ledger }) => {
  test.slow();
  await seedSettingsViaApi(ledger.url);
  // 张三's visit of 2025-03-05 is already in the ledger: that row of the file is a suspected duplicate.
  await callApi(ledger.url, 'registers.create', {
    register: 'petition',
    data: {
      registered_on: '2025-03-05',
      visit_date: '2025-03-05',
      method: '来访',
      visitors: [{ kind: '自然人', name: '张三' }],
      matter: '邻居占道堆放杂物',
      category: '纠纷',
      receiver: '王晓红',
    },
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-import-')), '来信来访登记簿2025.xlsx');
  fs.writeFileSync(file, await xlsxBytes(petitionRows, petitionMerges));

  await gotoApp(page, ledger);
  await openBook(page, registerDef('petition'));
  await page.getByRole('link', { name: '导入', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await chooser).setFiles(file);

  const preview = page.getByRole('table', { name: '导入预览' });
  await expect(preview).toBeVisible();
  await expect(page.getByRole('table', { name: '列对应' })).toContainText('来访日期');
  // Row 4 (张三) is the one already in the ledger: skipped from the start.
  await expect(page.getByRole('checkbox', { name: '跳过第4行' })).toBeChecked();
  // Row 6 (赵六): the 身份证号's check digit is wrong, said in Chinese; corrected in the preview.
  await expect(preview).toContainText('110105194912310021');
  await page.getByRole('button', { name: '修改第6行' }).click();
  const editor = page.getByRole('dialog', { name: '修改第6行' });
  await editor.getByRole('textbox', { name: /身份证号/ }).fill('11010519491231002X');
  await editor.getByRole('button', { name: '保存修改' }).click();
  await expect(page.locator('[data-row="6"]')).toContainText('可导入');
  await preview.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/import-preview.png' });

  const confirm = page.getByRole('button', { name: /^确认导入 \d+ 条$/ });
  const label = (await confirm.textContent()) ?? '';
  const count = Number(/(\d+)/.exec(label)?.[1]);
  expect(count).toBeGreaterThan(1);
  await confirm.click();
  await expect(page).toHaveURL(/#\/book\/petition$/);
  await expect(page.getByText(`共 ${count + 1} 条`)).toBeVisible();
  await expect(page.getByRole('table').first()).toContainText('赵六');

  await page.getByRole('link', { name: '导入', exact: true }).click();
  await page.getByRole('button', { name: '撤销这次导入' }).click();
  await expect(page.getByRole('table', { name: '导入记录' })).toContainText('已撤销（王晓红）');
  await page.getByRole('link', { name: '回收站' }).click();
  // The batch's records, 赵六's 宅基地界址争议 among them, are in 回收站; the record typed before is not.
  await expect(page.getByRole('button', { name: '恢复' })).toHaveCount(count);
  await expect(page.getByRole('main')).toContainText('宅基地界址争议');
  await expect(page.getByRole('main')).not.toContainText('邻居占道堆放杂物');
});
