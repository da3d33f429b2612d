import { expect, type Locator, type Page, type Response } from '@playwright/test';
import type { RegisterDef } from '../../../src-shared/registers';
import { textField } from './fill';

// Moving around the app as a clerk: the left navigation, a book's list, its form's buttons and notifications.

/** A link in the left navigation, by its exact text (a book's full title, 回收站, 设置 …). */
export function navLink(page: Page, text: string): Locator {
  return page.getByRole('navigation', { name: '导航' }).getByRole('link', { name: text, exact: true });
}

/** Open a book's list from the left navigation; a 报送 record (工作信息) is not there but on 首页's quota card. */
export async function openBook(page: Page, def: RegisterDef): Promise<void> {
  if (def.group === '报送') {
    await navLink(page, '首页').click();
    await page.getByLabel('本月任务').locator(`a[href="#/book/${def.key}"]`).click();
  } else await navLink(page, def.title).click();
  await expect(page.getByRole('heading', { level: 2, name: def.title, exact: true })).toBeVisible();
}

/** A book's 新增 button, which shows its shortcut (Alt+N). */
export function newRecordButton(page: Page): Locator {
  return page.getByRole('button', { name: '新增 (Alt+N)', exact: true });
}

/** 新增 on a book's list: opens an empty form. */
export async function startNewRecord(page: Page, def: RegisterDef): Promise<void> {
  await newRecordButton(page).click();
  await expect(page.getByRole('heading', { level: 2, name: `${def.title} · 新增记录`, exact: true })).toBeVisible();
}

/** The green notification a successful save shows. */
export function savedNotice(page: Page): Locator {
  return page.getByText('已保存', { exact: true }).first();
}

function isSaveCall(response: Response): boolean {
  return /\/api\/registers\.(create|update)$/.test(new URL(response.url()).pathname);
}

/**
 * Save the open form with `action` (clicking 保存 by default) and wait until the server has answered and
 * 已保存 shows. Waiting for the answer keeps a later list from racing an update still in flight. The notice is
 * watched for from before the action: it closes itself after a few seconds, which a slow machine could miss.
 */
export async function saveForm(page: Page, action?: () => Promise<void>): Promise<void> {
  const answered = page.waitForResponse(isSaveCall);
  const noticed = savedNotice(page).waitFor({ state: 'visible' });
  if (action) await action();
  else await page.getByRole('button', { name: '保存', exact: true }).click();
  const response = await answered;
  expect(response.ok(), `保存请求失败：HTTP ${response.status()}`).toBe(true);
  await noticed;
  // The list it was opened from may follow the record's address (?q=…), for 返回列表.
  await expect(page).toHaveURL(/#\/book\/\w+\/\d+(\?.*)?$/);
}

/** Click 保存 on a form that must not save: the red notification says why. */
export async function saveExpectingErrors(page: Page): Promise<void> {
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('未保存，请检查标红的栏目', { exact: true }).first()).toBeVisible();
}

/**
 * 返回列表 from a form whose changes are not saved: the app asks before leaving (the draft stays to be restored);
 * answer 离开 and wait for the book's list.
 */
export async function leaveUnsaved(page: Page, def: RegisterDef): Promise<void> {
  await page.getByRole('button', { name: '返回列表', exact: true }).click();
  await page.getByRole('dialog', { name: '离开此页？' }).getByRole('button', { name: '离开', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: def.title, exact: true })).toBeVisible();
}

/** 返回列表 from a form, and wait for the book's list. */
export async function backToList(page: Page, def: RegisterDef): Promise<void> {
  await page.getByRole('button', { name: '返回列表', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: def.title, exact: true })).toBeVisible();
}

/** The list's table body rows that contain `text`. */
export function listRows(page: Page, text: string): Locator {
  return page.getByRole('row').filter({ hasText: text });
}

export function searchBox(page: Page): Locator {
  return page.getByRole('textbox', { name: '搜索', exact: true });
}

/** The message a list shows when nothing matches its search or filters. */
export function emptyListMessage(page: Page): Locator {
  return page.getByText('没有符合条件的记录', { exact: true });
}

/** The message a book shows while it holds no records: what to do next, in the book's own words. */
export function emptyBookMessage(page: Page, def: RegisterDef): Locator {
  return page.getByText(`还没有登记${def.noun}，点“新增”登记第一条`, { exact: true });
}

/** Assert a book's list holds no records at all (the message shows only once the list has loaded). */
export async function expectEmptyList(page: Page, def: RegisterDef): Promise<void> {
  await expect(emptyBookMessage(page, def)).toBeVisible();
  await expect(page.getByText('共 0 条', { exact: true })).toBeVisible();
}

/** Open a record from the list by clicking its row. */
export async function openRow(page: Page, def: RegisterDef, text: string): Promise<void> {
  await listRows(page, text).click();
  await expect(
    page.getByRole('heading', { level: 2, name: `${def.title} · 查看 / 修改记录`, exact: true }),
  ).toBeVisible();
}

/** The 登录 screen, filled and sent. */
export async function logIn(page: Page, who: { username: string; password: string }): Promise<void> {
  await textField(page, '用户名').fill(who.username);
  await textField(page, '密码').fill(who.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}
