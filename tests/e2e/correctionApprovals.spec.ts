import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { readDocx } from '../support/docx';
import { callApi, expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { chooseOption, textField } from './helpers/fill';
import { navLink } from './helpers/ui';

// docs/spec/formats.md §13 on screen: an 审批事项 recorded on the person's record in two steps (报送, then the county's
// 批准) and found in the office's 审批事项一览; a month's 考核 of two people recorded from the keyboard alone.

const SHOTS = 'docs/screenshots';

interface Created {
  id: number;
}

function person(url: string, name: string, fields: Record<string, unknown> = {}): Promise<Created> {
  return callApi<Created>(url, 'registers.create', {
    register: 'correctionSubject',
    data: {
      name,
      sex: '男',
      crime: '危险驾驶罪',
      sentence: '拘役二个月，缓刑六个月',
      category: '缓刑',
      start_date: '2026-06-10',
      end_date: '2026-12-09',
      state: '在矫',
      registered_on: '2026-06-10',
      ...fields,
    },
  });
}

async function openRecord(page: Page, id: number): Promise<void> {
  await page.evaluate((to) => (window.location.hash = to), `#/book/correctionSubject/${id}`);
  await expect(page.getByRole('heading', { name: /社区矫正对象花名册 · 查看/ })).toBeVisible();
}

/** Picks a document from one 审批事项's own 生成文书 menu and reads the download's text. */
async function download(page: Page, row: Locator, item: RegExp): Promise<string> {
  await row.getByRole('button', { name: '生成文书' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  return readDocx(new Uint8Array(fs.readFileSync(await file.path()))).text;
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${SHOTS}/${name}` });
}

test.describe('社区矫正审批事项与月度考核', () => {
  test.use({ today: '2026-12-03' });

  test('外出（七日以内）：登记申请、司法所同意并报送，再登记县级批准；全所审批事项一览按类型找到它', async ({
    page,
    ledger,
  }) => {
    await seedSettingsViaApi(ledger.url);
    const ouyang = await person(ledger.url, '欧阳明');
    await person(ledger.url, '秦某乙', {
      start_date: '2026-03-01',
      end_date: '2027-02-28',
      approvals: [
        {
          type: '表扬',
          date: '2026-11-25',
          facts: '积极参加社区公益活动',
          result: '批准',
          decision_date: '2026-12-01',
          notice_start: '2026-12-02',
          notice_end: '2026-12-08',
        },
        { type: '会客', date: '2026-11-10', visitor: '张某（同案）', result: '不批准', inform_date: '2026-11-12' },
      ],
    });
    await gotoApp(page, ledger);
    await openRecord(page, ouyang.id);

    const section = page.getByRole('region', { name: '本人审批事项' });
    await section.getByRole('button', { name: '新增事项' }).click();
    const dialog = page.getByRole('dialog', { name: '新增审批事项' });
    await chooseOption(page, dialog, '事项类型', '外出（七日以内）');
    // 外出's own fields, named as its 审批表 names them; 奖惩's 事实 and 依据 are not asked.
    await expect(textField(dialog, '目的地')).toBeVisible();
    await expect(textField(dialog, '依据')).toHaveCount(0);
    await expect(textField(dialog, '事实')).toHaveCount(0);
    await textField(dialog, '收到申请日期').fill('2026-12-01');
    await textField(dialog, '外出事由').fill('赴南通市探望住院的母亲');
    await textField(dialog, '目的地').fill('南通市崇川区');
    await textField(dialog, '起始日期').fill('2026-12-05');
    await textField(dialog, '结束日期').fill('2026-12-08');
    await chooseOption(page, dialog, '司法所意见', '同意');
    await textField(dialog, '报送县级机构日期').fill('2026-12-02');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    const row = section.getByRole('row').filter({ hasText: '外出（七日以内）' });
    await expect(row).toContainText('2026-12-01');
    await expect(row).toContainText('待决定');

    await row.getByRole('button', { name: '修改' }).click();
    const editing = page.getByRole('dialog', { name: /修改审批事项/ });
    await expect(textField(editing, '目的地')).toHaveValue('南通市崇川区');
    await chooseOption(page, editing, '县级机构决定', '批准');
    await textField(editing, '决定日期').fill('2026-12-03');
    await editing.getByRole('button', { name: '保存' }).click();
    await expect(editing).toBeHidden();
    await expect(row).toContainText('已批准·待公示');
    // The record's own save: the form below holds the entry too, with the same fields shown for its type.
    const inForm = page.getByRole('group', { name: '审批事项第1条' });
    await expect(textField(inForm, '目的地')).toHaveValue('南通市崇川区');
    await expect(textField(inForm, '依据')).toHaveCount(0);
    await expect(textField(inForm, '会客对象')).toHaveCount(0);
    await section.scrollIntoViewIfNeeded();
    await shot(page, 'approvals-record.png');

    await navLink(page, '审批事项一览').click();
    await expect(page.getByRole('heading', { name: '审批事项一览' })).toBeVisible();
    const list = page.getByRole('table', { name: '审批事项' });
    await expect(list.getByRole('row')).toHaveCount(4);
    await shot(page, 'approvals-list.png');
    await chooseOption(page, page, '事项类型', '外出（七日以内）');
    await expect(list.getByRole('row')).toHaveCount(2);
    const found = list.getByRole('row').filter({ hasText: '欧阳明' });
    await expect(found).toContainText('外出（七日以内）');
    await expect(found).toContainText('批准（2026-12-03）');
    await expect(found).toContainText('已批准·待公示');
    await found.getByRole('link', { name: '欧阳明' }).click();
    await expect(page.getByRole('heading', { name: /社区矫正对象花名册 · 查看/ })).toBeVisible();
    await expect(textField(page, '姓名')).toHaveValue('欧阳明');

    // 期满鉴定: 欧阳明's term ends 2026-12-09, within thirty days; its 矫正期间表现 is written from his record.
    const appraisal = page.getByRole('region', { name: '期满鉴定' });
    await appraisal.getByRole('button', { name: '填写期满鉴定表' }).click();
    await expect(appraisal).toContainText('已填写（鉴定日期 2026-12-03）');
    await expect(textField(page.getByRole('group', { name: '期满鉴定第1条' }), '矫正期间表现')).toHaveValue(
      '矫正期间未记录月度考核；未受到表扬、训诫、警告；实地查访0次。',
    );
    // 秦某乙's ends 2027-02-28: not yet, and the page says from when.
    await page.goBack();
    await list.getByRole('link', { name: '秦某乙' }).first().click();
    await expect(page.getByRole('region', { name: '期满鉴定' })).toContainText(
      '矫正终止日期前30天（2027-01-29）起可填写期满鉴定表',
    );
    await expect(page.getByRole('button', { name: '填写期满鉴定表' })).toHaveCount(0);
  });

  test('外出（七日以内）：下载审批表核对姓名、矫正类别、日期和司法所意见；批准后公示五个工作日，跨国庆算到 2026-10-10', async ({
    page,
    ledger,
  }) => {
    await seedSettingsViaApi(ledger.url);
    const meng = await person(ledger.url, '孟某丙', {
      category: '暂予监外执行',
      start_date: '2026-03-01',
      end_date: '2027-02-28',
    });
    await gotoApp(page, ledger);
    await openRecord(page, meng.id);
    const section = page.getByRole('region', { name: '本人审批事项' });
    await section.getByRole('button', { name: '新增事项' }).click();
    const dialog = page.getByRole('dialog', { name: '新增审批事项' });
    await chooseOption(page, dialog, '事项类型', '外出（七日以内）');
    await textField(dialog, '收到申请日期').fill('2026-09-24');
    await textField(dialog, '外出事由').fill('赴苏州市参加女儿婚礼');
    await textField(dialog, '目的地').fill('苏州市吴中区');
    await textField(dialog, '起始日期').fill('2026-09-26');
    await textField(dialog, '结束日期').fill('2026-09-30');
    await chooseOption(page, dialog, '司法所意见', '同意');
    await textField(dialog, '意见（理由）').fill('经审查，外出事由属实，同意外出。');
    await textField(dialog, '报送县级机构日期').fill('2026-09-24');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    const row = section.getByRole('row').filter({ hasText: '外出（七日以内）' });
    await expect(row).toContainText('待决定');

    // The 审批表 as the county receives it: who, which category, the days away, what the office says.
    const form = await download(page, row, /外出审批表/);
    expect(form).toContain('社区矫正对象外出审批表');
    expect(form).toContain('孟某丙');
    expect(form).toContain('暂予监外执行');
    expect(form).toContain('2026年9月26日');
    expect(form).toContain('2026年9月30日');
    expect(form).toContain('赴苏州市参加女儿婚礼');
    expect(form).toContain('经审查，外出事由属实，同意外出。');
    expect(form).toMatch(/同意/);

    // 批准, then the 公示: posted 2026-09-29, five working days without 国庆 end on Saturday 2026-10-10 (a working
    // day that year), shown as soon as the start is typed.
    await row.getByRole('button', { name: '修改' }).click();
    const editing = page.getByRole('dialog', { name: /修改审批事项/ });
    await chooseOption(page, editing, '县级机构决定', '批准');
    await textField(editing, '决定日期').fill('2026-09-25');
    await textField(editing, '公示开始日期').fill('2026-09-29');
    await textField(editing, '公示开始日期').press('Tab');
    await expect(textField(editing, '公示结束日期')).toHaveValue('2026-10-10');
    await editing.getByRole('button', { name: '保存' }).click();
    await expect(editing).toBeHidden();
    const saved = await callApi<{ data: { approvals: Record<string, unknown>[] } }>(ledger.url, 'registers.get', {
      register: 'correctionSubject',
      id: meng.id,
    });
    expect(saved.data.approvals[0]).toMatchObject({
      result: '批准',
      notice_start: '2026-09-29',
      notice_end: '2026-10-10',
    });
    const notice = await download(page, row, /公示/);
    expect(notice).toContain('孟某丙');
    expect(notice).toContain('2026年9月29日');
    expect(notice).toContain('2026年10月10日');
  });

  test('月度考核：两人的十一月考核只用键盘录入，Enter 保存并转到下一人', async ({ page, ledger }) => {
    await seedSettingsViaApi(ledger.url);
    await person(ledger.url, '欧阳明');
    await person(ledger.url, '秦某乙', { start_date: '2026-03-01', end_date: '2027-02-28' });
    await gotoApp(page, ledger);
    await navLink(page, '月度考核').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: '月度考核' })).toBeVisible();
    // This month is picked; last month is typed into the month list.
    await expect(page.getByRole('combobox', { name: '考核月份' })).toHaveValue('2026年12月');
    await page.getByRole('combobox', { name: '考核月份' }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026年11');
    // Enter picks the option the typing filtered to: wait for it (a loaded machine drew the list late).
    await expect(page.getByRole('option', { name: '2026年11月' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/assessments\/2026-11$/);
    const rows = page.getByRole('table', { name: '月度考核' });
    await expect(rows.getByRole('row', { name: /的考核$/ })).toHaveCount(2);

    const first = await rows
      .getByRole('row', { name: /的考核$/ })
      .first()
      .getAttribute('aria-label');
    const names = first === '欧阳明的考核' ? ['欧阳明', '秦某乙'] : ['秦某乙', '欧阳明'];
    await page.getByRole('combobox', { name: `${names[0]}认罪悔罪` }).focus();
    for (const [i, name] of names.entries()) {
      await expect(page.getByRole('combobox', { name: `${name}认罪悔罪` })).toBeFocused();
      for (const aspect of ['好', '较好', '好', '好']) {
        await page.keyboard.type(aspect);
        await page.keyboard.press('Enter');
        await page.keyboard.press('Tab');
      }
      await page.keyboard.type(i === 0 ? '合格' : '基本合格');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('textbox', { name: `${name}考核日期` })).toBeFocused();
      await expect(page.getByRole('textbox', { name: `${name}考核日期` })).toHaveValue('2026-11-30');
      await page.keyboard.press('Tab');
      await page.keyboard.type('20261201');
      await page.keyboard.press('Enter');
      await expect(rows.getByRole('row', { name: `${name}的考核` })).toContainText(
        `已考核：${i === 0 ? '合格' : '基本合格'}`,
      );
    }
    await shot(page, 'assessments-month.png');

    const month = await callApi<{ people: { name: string; assessment: Record<string, unknown> | null }[] }>(
      ledger.url,
      'correction.assessments',
      { month: '2026-11' },
    );
    expect(month.people.map((p) => [p.name, p.assessment?.['supervision'], p.assessment?.['notified_date']])).toEqual(
      names.map((name) => [name, '好', '2026-12-01']),
    );
  });
});
