import { registers } from '../../src-shared/registers';
import { expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { fillPrimary, fillRequired, primaryField } from './helpers/fill';
import {
  backToList,
  emptyListMessage,
  expectEmptyList,
  listRows,
  navLink,
  openBook,
  openRow,
  saveForm,
  searchBox,
  startNewRecord,
} from './helpers/ui';

// Every one of the 七簿二册, as a clerk uses it: add a record, find it by search, change it, delete it, restore it.

const NAME = '欧阳明';
const RENAMED = '欧阳明辉';
const NO_MATCH = '查无此人';

for (const def of registers) {
  test(`${def.title}：新增、搜索、修改、删除并从回收站恢复`, async ({ page, ledger }) => {
    // The committee and staff that 承办调委会 / 所属调委会 / 接待人 pick from.
    await seedSettingsViaApi(ledger.url);
    const main = primaryField(def);
    expect(main.list && main.search, `${main.label} 应在列表中显示且可搜索`).toBe(true);

    await gotoApp(page, ledger);
    await openBook(page, def);
    await expectEmptyList(page, def);

    // 新增: every required field, with the distinctive name in the record's main field.
    await startNewRecord(page, def);
    await fillRequired(page, def, NAME);
    await saveForm(page);
    await backToList(page, def);
    await expect(listRows(page, NAME)).toHaveCount(1);
    await expect(page.getByText('共 1 条', { exact: true })).toBeVisible();

    // 搜索: a two-character and a one-character fragment both find it; a name not in the book finds nothing.
    const search = searchBox(page);
    for (const fragment of ['欧阳', '欧']) {
      await search.fill(NO_MATCH);
      await expect(emptyListMessage(page)).toBeVisible();
      await search.fill(fragment);
      await expect(listRows(page, NAME)).toHaveCount(1);
      await expect(emptyListMessage(page)).toBeHidden();
    }

    // 修改: the change shows in the list.
    await openRow(page, def, NAME);
    await fillPrimary(page, def, RENAMED);
    await saveForm(page);
    await backToList(page, def);
    await expect(listRows(page, RENAMED)).toHaveCount(1);
    await expect(page.getByText('共 1 条', { exact: true })).toBeVisible();

    // 删除: confirmed in the modal, the record leaves the list.
    await openRow(page, def, RENAMED);
    await page.getByRole('button', { name: '删除', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '删除记录' });
    await dialog.getByRole('button', { name: '确定删除', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('已移到回收站', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: def.title, exact: true })).toBeVisible();
    // Back on the list as it was opened, with its search: the record is gone from it, and from the book.
    await expect(emptyListMessage(page)).toBeVisible();
    await page.getByRole('button', { name: '清除条件', exact: true }).click();
    await expectEmptyList(page, def);

    // 回收站: a row for this book; 恢复 puts the record back.
    await navLink(page, '回收站').click();
    await expect(page.getByRole('heading', { level: 2, name: '回收站', exact: true })).toBeVisible();
    const binRow = listRows(page, def.title);
    await expect(binRow).toHaveCount(1);
    await binRow.getByRole('button', { name: '恢复', exact: true }).click();
    await expect(page.getByText('已恢复', { exact: true }).first()).toBeVisible();
    await expect(page.getByText(/^回收站是空的。/)).toBeVisible();

    await openBook(page, def);
    await expect(listRows(page, RENAMED)).toHaveCount(1);
    await expect(page.getByText('共 1 条', { exact: true })).toBeVisible();
  });
}
