import type { Locator, Page } from '@playwright/test';
import { registerDef } from '../../src-shared/registers';
import { callApi, expect, gotoApp, test, type Ledger } from './fixtures';
import { chooseOption, comboField } from './helpers/fill';
import { backToList, emptyBookMessage, emptyListMessage, newRecordButton, openBook, searchBox } from './helpers/ui';

// A book's list from the keyboard (Tab reaches the rows, ↑/↓ move, Enter opens, Alt+N is 新增) and coming back to it:
// the search, filters, page and rows per page live in the address, so 返回列表 and the browser's Back restore them.

const meetings = registerDef('studyMeeting');

/** `count` meetings, 第01次集中学习 … on consecutive days of 2025, odd ones 政治学习, even ones 业务学习. */
async function seedMeetings(ledger: Ledger, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) {
    const day = `2025-${String(Math.ceil(n / 28)).padStart(2, '0')}-${String(((n - 1) % 28) + 1).padStart(2, '0')}`;
    await callApi(ledger.url, 'registers.create', {
      register: 'studyMeeting',
      data: {
        meeting_date: day,
        meeting_type: n % 2 === 1 ? '政治学习' : '业务学习',
        topic: `第${String(n).padStart(2, '0')}次集中学习`,
        registered_on: day,
      },
    });
  }
}

function bodyRows(page: Page): Locator {
  return page.getByRole('table', { name: `${meetings.title}列表` }).locator('tbody tr');
}

/** The topics the list shows, top to bottom. */
async function shownTopics(page: Page): Promise<string[]> {
  const texts = await bodyRows(page).allInnerTexts();
  return texts.map((text) => /第\d+次集中学习/.exec(text)?.[0] ?? text);
}

function currentPage(page: Page): Locator {
  return page.locator('.mantine-Pagination-control[data-active]');
}

test('列表可用键盘：Tab 到记录行，↓ 两次，回车打开的正是第三条；Alt+N 新增', async ({ page, ledger }) => {
  await seedMeetings(ledger, 5);
  await gotoApp(page, ledger);
  await openBook(page, meetings);
  await expect(bodyRows(page)).toHaveCount(5);
  const third = bodyRows(page).nth(2);
  const thirdHref = await third.locator('a[data-row-link]').getAttribute('href');
  const thirdTopic = (await shownTopics(page))[2]!;

  await searchBox(page).focus();
  let presses = 0;
  while (!(await page.evaluate(() => document.activeElement?.matches('a[data-row-link]') ?? false))) {
    await page.keyboard.press('Tab');
    expect(++presses, 'Tab 应能到达第一条记录').toBeLessThan(20);
  }
  await expect(bodyRows(page).first().locator('a[data-row-link]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(third.locator('a[data-row-link]')).toBeFocused();
  // The focused row is marked as a whole.
  await expect(third).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: `${meetings.title} · 查看 / 修改记录` })).toBeVisible();
  expect(new URL(page.url()).hash).toBe(thirdHref);
  await expect(page.getByLabel(/^主题（议题）/)).toHaveValue(thirdTopic);

  // 新增's shortcut, shown on the button, works on the list, from the search box too.
  await backToList(page, meetings);
  await expect(newRecordButton(page)).toBeVisible();
  await searchBox(page).focus();
  await page.keyboard.press('Alt+n');
  await expect(page.getByRole('heading', { level: 2, name: `${meetings.title} · 新增记录` })).toBeVisible();
});

test('搜索、筛选、第2页：返回列表和浏览器后退都回到同样的条件和记录；每页条数也保留', async ({ page, ledger }) => {
  await seedMeetings(ledger, 50);
  await gotoApp(page, ledger);
  await openBook(page, meetings);
  await searchBox(page).fill('集中');
  await chooseOption(page, page, '类型', '政治学习');
  await expect(page.getByText('共 25 条', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '2', exact: true }).click();
  await expect(bodyRows(page)).toHaveCount(5);
  const pageTwo = await shownTopics(page);

  const expectSameList = async () => {
    await expect(searchBox(page)).toHaveValue('集中');
    await expect(comboField(page, '类型')).toHaveValue('政治学习');
    await expect(currentPage(page)).toHaveText('2');
    await expect(bodyRows(page)).toHaveCount(5);
    expect(await shownTopics(page)).toEqual(pageTwo);
  };

  await bodyRows(page).nth(1).click();
  await expect(page.getByLabel(/^主题（议题）/)).toHaveValue(pageTwo[1]!);
  await backToList(page, meetings);
  await expectSameList();

  await bodyRows(page).nth(3).click();
  await expect(page.getByLabel(/^主题（议题）/)).toHaveValue(pageTwo[3]!);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: meetings.title, exact: true })).toBeVisible();
  await expectSameList();

  // Rows per page: 50 shows all 50 of the book on one page, and survives a visit to a record and Back.
  await page.goto(`${new URL(page.url()).origin}/#/book/studyMeeting`);
  await expect(bodyRows(page)).toHaveCount(20);
  await chooseOption(page, page, '每页条数', '每页 50 条');
  await expect(bodyRows(page)).toHaveCount(50);
  await bodyRows(page).nth(40).click();
  await expect(page.getByRole('heading', { level: 2, name: `${meetings.title} · 查看 / 修改记录` })).toBeVisible();
  await page.goBack();
  await expect(bodyRows(page)).toHaveCount(50);
  await expect(comboField(page, '每页条数')).toHaveValue('每页 50 条');

  // The book opened afresh from the menu starts clean.
  await page.getByRole('navigation', { name: '导航' }).getByRole('link', { name: meetings.title, exact: true }).click();
  await expect(bodyRows(page)).toHaveCount(20);
  await expect(searchBox(page)).toHaveValue('');
});

test('空登记簿说下一步做什么；搜不到时说没有符合条件的记录，可清除条件', async ({ page, ledger }) => {
  await gotoApp(page, ledger);
  await openBook(page, meetings);
  await expect(emptyBookMessage(page, meetings)).toBeVisible();
  await expect(page.getByText('还没有登记学习会议，点“新增”登记第一条', { exact: true })).toBeVisible();

  await seedMeetings(ledger, 1);
  await searchBox(page).fill('没有这个主题');
  await expect(emptyListMessage(page)).toBeVisible();
  await page.getByRole('button', { name: '清除条件', exact: true }).click();
  await expect(searchBox(page)).toHaveValue('');
  await expect(bodyRows(page)).toHaveCount(1);
});
