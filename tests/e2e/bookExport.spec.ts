import fs from 'node:fs';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { todayIso } from '../../src-shared/dates';
import { registerDef } from '../../src-shared/registers';
import type { Settings } from '../../src-shared/settings';
import { committeeIdsOf, makeIdNumber, sampleRecord } from '../unit/samples';
import { callApi, expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { navLink } from './helpers/ui';

// 导出登记簿 asks whether 身份证号 and phones print in full (the office's filed record, the default) or masked (a copy
// for others), says what each is for, and the 操作日志 records which was chosen.

const SHOTS = 'docs/screenshots';
const ID_NUMBER = makeIdNumber('1960-01-02', '024');
const PHONE = '13500001234';

/** Exports from the open dialog and reads the book's cells back. */
async function exportedCells(page: Page): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: '导出', exact: true }).click();
  const download = await downloading;
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer (an ArrayBuffer); Node's Buffer is what it actually reads.
  await workbook.xlsx.load(fs.readFileSync(await download.path()) as unknown as ExcelJS.Buffer);
  const values: string[] = [];
  workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value))));
  return values.join('|');
}

test('导出登记簿：选择完整号码或遮盖部分号码，导出的 Excel 与所选一致，操作日志记下所选', async ({ page, ledger }) => {
  const settings = (await seedSettingsViaApi(ledger.url)) as Settings;
  const def = registerDef('legalAid');
  await callApi(ledger.url, 'registers.create', {
    register: def.key,
    data: {
      ...sampleRecord(def, { committeeIds: committeeIdsOf(settings), date: todayIso() }),
      applicants: [{ kind: '自然人', name: '杨援助', sex: '女', id_number: ID_NUMBER, phone: PHONE }],
    },
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await gotoApp(page, ledger);
  await navLink(page, def.title).click();

  await page.getByRole('button', { name: '导出登记簿' }).click();
  const dialog = page.getByRole('dialog');
  const full = dialog.getByRole('radio', { name: '完整号码' });
  const masked = dialog.getByRole('radio', { name: '遮盖部分号码' });
  // Full is the default: the printed book is the office's own record.
  await expect(full).toBeChecked();
  await expect(dialog).toContainText('打印本所存档的正式登记簿、花名册时选用');
  await expect(dialog).toContainText('交给其他单位或个人的副本选用');
  await expect(dialog).toContainText('记入操作日志');
  await page.screenshot({ path: `${SHOTS}/book-export-dialog.png` });

  const fullText = await exportedCells(page);
  expect(fullText).toContain(ID_NUMBER);
  expect(fullText).toContain(PHONE);

  await page.getByRole('button', { name: '导出登记簿' }).click();
  await masked.check();
  await expect(masked).toBeChecked();
  const maskedText = await exportedCells(page);
  expect(maskedText).toContain(`${ID_NUMBER.slice(0, 3)}***********${ID_NUMBER.slice(-4)}`);
  expect(maskedText).toContain('135****1234');
  expect(maskedText).not.toContain(ID_NUMBER);
  expect(maskedText).not.toContain(PHONE);

  await page.goto(`${new URL(page.url()).origin}/#/audit`);
  const log = page.getByRole('table', { name: '修改记录' });
  await expect(log).toContainText('（身份证号、电话号码完整）');
  await expect(log).toContainText('（身份证号、电话号码已遮盖）');

  // A book without 身份证号 or phones does not ask.
  await navLink(page, '学习会议登记簿').click();
  await page.getByRole('button', { name: '导出登记簿' }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: '导出', exact: true })).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('radio', { name: '完整号码' })).toHaveCount(0);
  await expect(page.getByRole('dialog')).not.toContainText('身份证号');
});
