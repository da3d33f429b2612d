import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { Lookups, RecordRow } from '../../src-shared/handlers';
import {
  registerDef,
  type EntryData,
  type FieldValue,
  type PartyData,
  type RecordData,
} from '../../src-shared/registers';
import { displayValue } from '../../src-renderer/src/lib/format';
import { committeeIdsOf, makeIdNumber, sampleRecord } from '../unit/samples';
import type { Settings } from '../../src-shared/settings';
import { callApi, expect, gotoApp, seedSettingsViaApi, test } from './fixtures';

// Paper: with the print stylesheet (page.emulateMedia print) a mediation case prints as text — no header, menu,
// buttons or input boxes, every value in full — and a list prints its table alone. Chromium's PDF of each is turned
// into a PNG (pdftoppm) and kept in docs/screenshots for a person to look at.

const def = registerDef('mediationCase');
const SHOTS = 'docs/screenshots';
const LONG_SUMMARY =
  '申请人张建国与被申请人李红梅系前后邻居。2026年10月，李红梅翻建房屋时将排水沟改向张建国家门前，雨天积水漫入院内，' +
  '双方多次争吵，经村调委会两次上门未能化解，遂申请镇调委会调解。双方对排水沟走向、赔偿院墙修缮费用各执一词。';

async function createCase(url: string): Promise<{ record: RecordRow; lookups: Lookups }> {
  const settings = (await seedSettingsViaApi(url)) as Settings;
  const base = sampleRecord(def, { committeeIds: committeeIdsOf(settings), date: '2026-11-20', name: '张建国' });
  const data = {
    ...base,
    applicants: [
      { kind: '自然人', name: '张建国', sex: '男', phone: '13800001234', address: '东河镇东河村三组18号' },
      { kind: '自然人', name: '王秀英', sex: '女', id_number: makeIdNumber('1980-05-06', '002'), age: 46 },
    ],
    respondents: [{ kind: '自然人', name: '李红梅', sex: '女', occupation: '个体经营', phone: '13900005678' }],
    summary: LONG_SUMMARY,
    difficult: true,
    agreement_amount: 350000,
    agreement_terms: ['李红梅于2026年12月10日前将排水沟恢复原走向。', '李红梅赔偿张建国院墙修缮费用3500元，当场付清。'],
    sessions: [
      {
        date: '2026-11-25',
        start_time: '09:30',
        place: '东河镇人民调解委员会调解室',
        matter: '排水沟改向及院墙修缮费用',
        mediators: '周立平、吴芳',
        record: '调解员向双方讲明相邻关系的法律规定，双方同意排水沟恢复原走向，赔偿数额经协商为3500元。',
        result: '达成书面协议',
      },
    ],
  };
  const record = await callApi<RecordRow>(url, 'registers.create', { register: def.key, data });
  const lookups = await callApi<Lookups>(url, 'lookups.get', {});
  return { record, lookups };
}

/** Every value of the record as text, the way the print sheet writes it. */
function valueTexts(data: RecordData, lookups: Lookups): string[] {
  const texts: string[] = [];
  for (const field of def.fields) {
    const value = data[field.key];
    if (value === null || value === undefined || value === '') continue;
    if (field.type === 'parties') {
      for (const p of value as PartyData[])
        texts.push(...Object.entries(p).flatMap(([k, v]) => (v === null || k === 'kind' ? [] : [String(v)])));
    } else if (field.type === 'entries') {
      for (const e of value as EntryData[])
        for (const f of field.entry?.fields ?? [])
          texts.push(displayValue(f, (e[f.key] ?? null) as FieldValue, lookups, true));
    } else if (field.type === 'lines') texts.push(...(value as string[]));
    else texts.push(displayValue(field, value, lookups, true));
  }
  return texts.filter((t) => t !== '');
}

/** Nothing of the app's frame, no button and no input box shows on paper. */
async function expectPaperOnly(page: Page) {
  await expect(page.locator('header')).toBeHidden();
  await expect(page.locator('.mantine-AppShell-navbar')).toBeHidden();
  await expect(page.getByRole('link', { name: '首页' })).toBeHidden();
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  for (const selector of ['input', 'textarea', 'select', 'button']) {
    const visible = await page.locator(selector).evaluateAll((els) =>
      els.filter((el) => {
        const box = el.getBoundingClientRect();
        // A column heading that sorts is an unstyled button: on paper it is the heading's text.
        return !el.closest('th') && box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      }),
    );
    expect(visible.length, `${selector} shown on paper`).toBe(0);
  }
}

/** Chromium's PDF of the page as print lays it out, first sheet as a PNG in docs/screenshots. */
async function printToPng(page: Page, name: string, outputDir: string) {
  const pdf = `${outputDir}/${name}.pdf`;
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: false });
  fs.mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-singlefile', pdf, `${SHOTS}/${name}`]);
}

test('打印记录：页头、菜单、按钮和输入框都不打印，每一项内容以文字完整印出', async ({ page, ledger }, testInfo) => {
  const { record, lookups } = await createCase(ledger.url);
  await page.setViewportSize({ width: 1366, height: 768 });
  await gotoApp(page, ledger);
  await page.goto(`${new URL(page.url()).origin}/#/book/${def.key}/${record.id}`);
  await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
  // On screen the form is there and the read-out is not.
  await expect(page.getByLabel('打印内容')).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expectPaperOnly(page);
  const sheet = page.getByLabel('打印内容');
  await expect(sheet).toBeVisible();
  const text = await sheet.innerText();
  for (const value of valueTexts(record.data, lookups)) expect(text, value).toContain(value);
  expect(text).toContain(LONG_SUMMARY);
  expect(text).toContain('调解记录');
  expect(text).toContain('2026-11-25');

  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  await printToPng(page, 'print-record', testInfo.outputDir);
});

test('打印列表：只印表格，横向，表头每页重复，单元格不截断', async ({ page, ledger }, testInfo) => {
  const { record } = await createCase(ledger.url);
  await page.setViewportSize({ width: 1366, height: 768 });
  await gotoApp(page, ledger);
  await page.goto(`${new URL(page.url()).origin}/#/book/${def.key}`);
  const table = page.getByRole('table').first();
  await expect(table).toContainText('张建国');

  await page.emulateMedia({ media: 'print' });
  await expectPaperOnly(page);
  await expect(table).toBeVisible();
  expect(await table.locator('thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
  // The cells wrap instead of ending in “…”: a cell's text fits its box.
  const cut = await table
    .locator('td')
    .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
  expect(cut).toEqual([]);
  expect(await table.innerText()).toContain(String(record.data['case_no']));

  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  await printToPng(page, 'print-list', testInfo.outputDir);
});
