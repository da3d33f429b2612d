import { todayIso } from '../../src-shared/dates';
import { callApi, expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { comboField, textField } from './helpers/fill';
import { createSubjectViaApi } from './helpers/subjects';
import { navLink } from './helpers/ui';

// 首页's quotas and twelve-month charts from records seeded over the API, and a 社区矫正对象's 时间线: recording the
// event a reminder asks for closes that reminder, on the timeline and on 首页.

const today = todayIso();
const thisMonth = today.slice(0, 7);
/** The 1st of the month `back` months before this one. */
function monthsAgo(back: number): string {
  const d = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 - back, 1));
  return d.toISOString().slice(0, 10);
}

async function mediationCase(url: string, committeeId: number, date: string, disputeType: string) {
  await callApi(url, 'registers.create', {
    register: 'mediationCase',
    data: {
      committee_id: committeeId,
      accept_date: date,
      dispute_type: disputeType,
      case_source: '依申请调解',
      summary: '邻里排水沟纠纷。',
      mediators: [],
      registered_on: date,
      applicants: [{ name: '张建国' }],
      respondents: [{ name: '李红梅' }],
    },
  });
}

test('首页：本月典型案例、工作信息、排查的完成情况，以及近十二个月图表', async ({ page, ledger }) => {
  const settings = (await seedSettingsViaApi(ledger.url)) as { committees: { id: number }[] };
  const committeeId = settings.committees[0]!.id;
  await callApi(ledger.url, 'registers.create', {
    register: 'typicalCase',
    data: { title: '巧解邻里排水纠纷', facts: '两户村民因排水沟走向发生争执。', registered_on: today },
  });
  await callApi(ledger.url, 'registers.create', {
    register: 'workInfo',
    data: {
      submitted_on: today,
      title: '东河镇开展矛盾纠纷大排查',
      kind: '工作信息',
      submitted_to: '县司法局办公室',
      registered_on: today,
    },
  });
  await callApi(ledger.url, 'registers.create', {
    register: 'disputeScreening',
    data: { screening_date: today, scope: '新桥村', registered_on: today },
  });
  await mediationCase(ledger.url, committeeId, `${thisMonth}-01`, '01');
  await mediationCase(ledger.url, committeeId, monthsAgo(3), '02');
  await callApi(ledger.url, 'registers.create', {
    register: 'petition',
    data: {
      visit_date: monthsAgo(1),
      method: '来信',
      visitors: [{ name: '黄美华' }],
      matter: '咨询宅基地确权',
      category: '咨询',
      receiver: '李明',
      handling: '当场答复',
      registered_on: monthsAgo(1),
    },
  });

  await gotoApp(page, ledger);
  const quotas = page.getByLabel('本月任务');
  await expect(quotas.getByTestId('quota-MR-02')).toHaveText('1/3');
  await expect(quotas.getByTestId('quota-MR-03')).toHaveText('1/2');
  const half = Number(today.slice(8, 10)) <= 15 ? '上半月' : '下半月';
  await expect(quotas.getByTestId(`quota-RM-04-${half}`)).toHaveText(`${half}✓`);

  const cases = page.getByTestId('trend-mediation');
  await expect(cases).toContainText('近十二个月，共 2 件');
  await expect(cases.getByText('婚姻家庭纠纷', { exact: true })).toBeVisible();
  await expect(cases.getByText('邻里纠纷', { exact: true })).toBeVisible();
  await expect(cases.locator('.recharts-bar-rectangle path')).toHaveCount(2);
  const petitions = page.getByTestId('trend-petition');
  await expect(petitions).toContainText('共 1 件');
  await expect(petitions.getByText('来信', { exact: true })).toBeVisible();

  // 工作信息 is not one of the 七簿二册: its book opens from the quota card, not the navigation.
  await expect(navLink(page, '工作信息报送登记')).toHaveCount(0);
  await quotas.getByRole('link', { name: '工作信息' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '工作信息报送登记', exact: true })).toBeVisible();
  await expect(page.getByText('东河镇开展矛盾纠纷大排查')).toBeVisible();
});

test('社区矫正对象时间线：记录入矫宣告后，入矫宣告提醒消失，出现矫正方案提醒', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await createSubjectViaApi(ledger.url, today, `${Number(today.slice(0, 4)) + 1}-06-30`, [
    { type: '报到（司法所）', date: today },
  ]);
  await gotoApp(page, ledger);
  const onHome = (rule: string) =>
    page.getByLabel('待办提醒').locator(`[data-rule="${rule}"]`).filter({ hasText: '欧阳明' });
  await expect(onHome('CC-03')).toContainText('入矫宣告');
  await onHome('CC-03').getByRole('link', { name: '欧阳明' }).click();

  const timeline = page.getByLabel('时间线');
  await expect(timeline.locator('[data-event="报到（司法所）"]')).toContainText(today);
  const announce = timeline.locator('[data-rule="CC-03"]');
  await expect(announce).toContainText('待办：入矫宣告');
  await expect(timeline.locator('[data-rule="CC-04"]')).toHaveCount(0);

  await announce.getByRole('button', { name: '记录“入矫宣告”' }).click();
  const form = page.getByLabel('快速记录事件');
  await expect(comboField(form, '事件类型')).toHaveValue('入矫宣告');
  await expect(textField(form, '日期')).toHaveValue(today);
  await form.getByLabel('备注').fill('在司法所宣告，矫正小组成员到场');
  await form.getByRole('button', { name: '记录事件' }).click();

  await expect(timeline.locator('[data-event="入矫宣告"]')).toContainText('在司法所宣告');
  await expect(timeline.locator('[data-rule="CC-03"]')).toHaveCount(0);
  await expect(timeline.locator('[data-rule="CC-04"]')).toContainText('待办：制定矫正方案');

  await navLink(page, '首页').click();
  await expect(onHome('CC-04')).toContainText('矫正方案');
  await expect(onHome('CC-03')).toHaveCount(0);
});
