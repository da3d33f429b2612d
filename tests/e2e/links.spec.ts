import { callApi, expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { chooseOption, committeeOption, partyBlock, textField } from './helpers/fill';
import { saveForm } from './helpers/ui';

// Books that feed each other: a 来访 turned into a 人民调解案件, the case recommended as a 典型案例, and the links
// each record then shows (关联记录).

const CASE_NO = '（2026）东人调字第1号';

test('来访 → 人民调解案件 → 典型案例, linked both ways', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  const petition = await callApi<{ id: number }>(ledger.url, 'registers.create', {
    register: 'petition',
    data: {
      visit_date: '2026-03-02',
      method: '来访',
      visitors: [{ kind: '自然人', name: '张三' }],
      matter: '邻居在通道上堆放杂物。',
      category: '纠纷',
      receiver: '王晓红',
      registered_on: '2026-03-02',
    },
  });
  await gotoApp(page, ledger);
  await page.goto(`${ledger.url.split('#')[0]}#/book/petition/${petition.id}`);
  await expect(page.getByRole('heading', { level: 2, name: '来信来访登记簿 · 查看 / 修改记录' })).toBeVisible();

  await page.getByRole('button', { name: '转为人民调解案件', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '人民调解收结案登记簿 · 新增记录' })).toBeVisible();
  // Prefilled from the 来访.
  await expect(textField(partyBlock(page, '申请人第1人'), '姓名')).toHaveValue('张三');
  await expect(textField(page, '纠纷简要情况')).toHaveValue('邻居在通道上堆放杂物。');
  await expect(textField(page, '受理日期')).toHaveValue('2026-03-02');

  await chooseOption(page, page, '承办调委会', committeeOption());
  await chooseOption(page, page, '纠纷类型', '邻里纠纷');
  await chooseOption(page, page, '案件来源', '依申请调解');
  await textField(partyBlock(page, '被申请人第1人'), '姓名').fill('李四');
  await saveForm(page);

  const caseLinks = page.getByLabel('关联记录');
  await expect(caseLinks).toContainText('来源：来信来访登记簿 2026-03-02 张三');
  await expect(textField(page, '卷号')).toHaveValue(CASE_NO);
  const caseUrl = page.url();

  // The 来访 now names the case.
  await caseLinks.getByRole('link', { name: /来信来访登记簿/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: '来信来访登记簿 · 查看 / 修改记录' })).toBeVisible();
  await expect(page.getByLabel('关联记录')).toContainText(`人民调解收结案登记簿 ${CASE_NO}`);
  await expect(textField(page, '转为调解案件的卷号')).toHaveValue(CASE_NO);

  // Recommend the case as a 典型案例.
  await page.goto(caseUrl);
  await expect(page.getByRole('heading', { level: 2, name: '人民调解收结案登记簿 · 查看 / 修改记录' })).toBeVisible();
  await page.getByRole('button', { name: '推荐为典型案例', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '典型案例登记簿 · 新增记录' })).toBeVisible();
  await expect(textField(page, '案例名称')).toHaveValue('张三与李四邻里纠纷');
  await expect(textField(page, '关联卷号')).toHaveValue(CASE_NO);
  await saveForm(page);
  await expect(page.getByLabel('关联记录')).toContainText(`人民调解收结案登记簿 ${CASE_NO}`);

  await page.getByLabel('关联记录').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: '人民调解收结案登记簿 · 查看 / 修改记录' })).toBeVisible();
  await expect(page.getByLabel('关联记录')).toContainText('已推荐为典型案例：张三与李四邻里纠纷');
});
