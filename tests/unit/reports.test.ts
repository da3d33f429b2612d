// The 月报 preview counted from a real ledger (reportFixtures.ts). Every expected figure below was counted by hand from
// the fixture's tables, not computed by the code under test.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src-main/core';
import { buildReturnPreview } from '../../src-main/core/reports';
import { readSettings } from '../../src-main/core/settings';
import { disputeTypeColumn } from '../../src-shared/codes';
import {
  periodLabel,
  periodLastDay,
  periodMonths,
  periodRange,
  reportPeriodSchema,
  type ReportPeriod,
  type ReturnPreview,
  type StatRow,
} from '../../src-shared/reports';
import type { Settings } from '../../src-shared/settings';
import { openTestLedger, tempDir } from './helpers';
import { createReportFixtures, LEAF_HEADERS_C, MARCH_ROWS_C, UNITS_C, type ReportFixtures } from './reportFixtures';

let core: Core;
let fx: ReportFixtures;
let settings: Settings;

beforeAll(async () => {
  const dir = tempDir();
  core = createCore(dir, { log: () => {} });
  fx = await createReportFixtures(core);
  settings = await readSettings(core.ledger.db);
  return async () => {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
});

const MARCH: ReportPeriod = { kind: 'month', year: 2026, month: 3 };
/** The day the returns are made: after the whole year of the fixture's cases. */
const TODAY = '2026-12-02';
const preview = (period: ReportPeriod, version: Settings['disputeTypeVersion'] = 'C') =>
  buildReturnPreview(core.ledger.db, period, { ...settings, disputeTypeVersion: version }, TODAY);

/** A row's values in column order. */
const valuesOf = (p: ReturnPreview, row: StatRow) => p.mediation.columns.map((c) => row.values[c.key] ?? null);
const rowOf = (p: ReturnPreview, unit: string) => {
  const row = p.mediation.rows.find((r) => r.unit === unit);
  if (!row) throw new Error(`no row ${unit}`);
  return row;
};

describe('统计时段', () => {
  it('ranges are [from, to) and labels read as the return is titled', () => {
    expect(periodRange({ kind: 'month', year: 2026, month: 3 })).toEqual({ from: '2026-03-01', to: '2026-04-01' });
    expect(periodRange({ kind: 'month', year: 2026, month: 12 })).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 4 })).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(periodRange({ kind: 'year', year: 2026 })).toEqual({ from: '2026-01-01', to: '2027-01-01' });
    expect(periodLastDay({ kind: 'month', year: 2024, month: 2 })).toBe('2024-02-29');
    expect(periodLabel({ kind: 'month', year: 2026, month: 3 })).toBe('2026年3月');
    expect(periodLabel({ kind: 'quarter', year: 2026, quarter: 1 })).toBe('2026年第一季度');
    expect(periodLabel({ kind: 'year', year: 2026 })).toBe('2026年');
    expect(periodMonths({ kind: 'quarter', year: 2026, quarter: 2 }).map(periodLabel)).toEqual([
      '2026年4月',
      '2026年5月',
      '2026年6月',
    ]);
  });

  it('rejects a bad period in Chinese', () => {
    const message = (input: unknown) => reportPeriodSchema.safeParse(input).error?.issues[0]?.message;
    expect(message({ kind: 'month', year: 2026, month: 13 })).toBe('月份应在1到12之间');
    expect(message({ kind: 'quarter', year: 2026, quarter: 5 })).toBe('季度应在1到4之间');
    expect(message({ kind: 'year', year: 1899 })).toBe('年度应在2000年到2100年之间');
    expect(message({ kind: 'week', year: 2026 })).toBe('统计时段应为月、季度或年度');
  });
});

describe('人民调解工作情况统计表 preview (March 2026)', () => {
  it('has the §4.3 columns in order, with their units and header paths', async () => {
    const p = await preview(MARCH);
    expect(p.label).toBe('2026年3月');
    expect(p.officeName).toBe('东河镇司法所');
    expect(p.mediation.columns.map((c) => c.header.at(-1))).toEqual(LEAF_HEADERS_C);
    expect(p.mediation.columns.map((c) => c.unit)).toEqual(UNITS_C);
    const header = (key: string) => p.mediation.columns.find((c) => c.key === key)?.header;
    expect(header('total')).toEqual(['调解情况', '调解案件总数']);
    expect(header('source.court')).toEqual(['调解情况', '案件来源', '其中：法院']);
    expect(header('type.17')).toEqual(['调解情况', '案件分类情况', '互联网']);
    expect(header('screen.outings')).toEqual(['排查预防纠纷', '排查纠纷']);
    expect(header('prevent.fight.persons')).toEqual(['排查预防纠纷', '防止群体性械斗']);
  });

  it('counts each committee and the 合计 as counted by hand; deleted cases and other months do not count', async () => {
    const p = await preview(MARCH);
    // Rows: committees with March cases or active, in the settings' order (老街 is retired with no March case).
    expect(p.mediation.rows.map((r) => r.unit)).toEqual(MARCH_ROWS_C.map(([unit]) => unit));
    for (const [unit, expected] of MARCH_ROWS_C) expect([unit, valuesOf(p, rowOf(p, unit))]).toEqual([unit, expected]);
    expect(rowOf(p, '合计').isTotal).toBe(true);
    expect(p.mediation.notes[0]).toContain('排查纠纷（6次）、预防纠纷（1件）');
  });

  it('fills the 矛盾纠纷排查调处 figures and the 重大纠纷明细 as counted by hand', async () => {
    const s = (await preview(MARCH)).screening;
    expect([s.outings, s.found, s.prevented, s.handled, s.handledSuccess, s.zeroReport]).toEqual([
      6,
      7,
      1,
      4,
      2,
      false,
    ]);
    // 防激化 comes from the cases' 防止激化, as in the 统计表's 合计 (M1 1人 and M18 without 人数; M5 3人; M6 12人 and
    // M8 25人; M8 20人), never from the 排查 records' 可能激化 and their 涉及人数.
    expect(s.escalation.map((e) => [e.label, e.cases, e.persons])).toEqual([
      ['防止民间纠纷引起自杀', 2, 1],
      ['防止民间纠纷转化为刑事案件', 1, 3],
      ['防止群体性上访', 2, 37],
      ['防止群体性械斗', 1, 20],
    ]);
    const total = MARCH_ROWS_C.at(-1)![1];
    expect(s.escalation.flatMap((e) => [e.cases, e.persons])).toEqual(total.slice(-8));
    expect(s.majorDisputes).toEqual([
      {
        screeningDate: '2026-03-12',
        scope: '河西社区',
        parties: '孙五、周六',
        disputeType: '物业纠纷',
        summary: '小区业主与物业公司因停车收费发生争执，四十余名业主聚集。',
        measures: '社区民警驻点，每日走访；组织业主代表与物业公司协商。',
        responsible: '河西社区居委会 刘主任',
        progress: '正在化解，化解期限2026年4月15日',
      },
      {
        screeningDate: '2026-03-20',
        scope: '东河镇区',
        parties: '吴七',
        disputeType: '合同纠纷',
        summary: '借款纠纷，当事人情绪激动，扬言轻生。',
        measures: '家属陪护，心理疏导。',
        responsible: '东河镇人民调解委员会 张调解',
        progress: '已调解，2026年3月25日办结，关联案件（2026）东人调字第5号',
      },
      {
        screeningDate: '2026-03-25',
        scope: '南园村',
        parties: '',
        disputeType: '其他纠纷',
        summary: '村民对土地流转分红有意见。',
        measures: '',
        responsible: '',
        progress: '移交',
      },
    ]);
  });

  it('fills 工作情况 as counted by hand', async () => {
    const w = (await preview(MARCH)).work;
    expect(w.petitions).toEqual({
      count: 5,
      persons: 10,
      byHandling: [
        { label: '当场答复', count: 2, persons: 2 },
        { label: '转人民调解', count: 1, persons: 5 },
        { label: '转法律援助', count: 0, persons: 0 },
        { label: '转交有关部门', count: 1, persons: 1 },
        { label: '告知诉讼途径', count: 0, persons: 0 },
        { label: '未填写', count: 1, persons: 2 },
      ],
    });
    expect(w.publicity).toEqual({ count: 3, audience: 280, materials: 650 });
    expect(w.meetings.count).toBe(4);
    expect(w.meetings.byType.map((t) => [t.label, t.count])).toEqual([
      ['政治学习', 2],
      ['业务学习', 1],
      ['所务会', 0],
      ['调解员例会', 1],
      ['培训', 0],
      ['上级会议传达', 0],
    ]);
    expect(w.legalAid).toEqual({ received: 3, transferred: 2 });
    expect(w.typicalCases).toEqual({ count: 2, quota: 3, shortfall: 1 });
    expect(w.correction).toEqual({
      enrolled: 2,
      admitted: 1,
      released: 2,
      byCategory: [
        { label: '管制', count: 0 },
        { label: '缓刑', count: 1 },
        { label: '假释', count: 1 },
        { label: '暂予监外执行', count: 0 },
      ],
      fieldVisits: 4,
      // reportFixtures.ts: 朱某甲 (不合格), 秦某乙, 尤某丙 assessed for March; 表扬 朱某甲, 训诫 秦某乙 approved in it.
      assessed: 3,
      failedAssessment: 1,
      sanctions: [
        { label: '表扬', count: 1 },
        { label: '训诫', count: 1 },
        { label: '警告', count: 0 },
      ],
    });
    // reportFixtures.ts resettlementPeople: R1–R8.
    expect(w.resettlement).toEqual({
      enrolled: 4,
      enrolledKey: 2,
      enrolledOrdinary: 2,
      received: 1,
      released: 1,
      visits: 3,
      missedVisits: 2,
      missedVisitNames: ['褚某辛', '周某乙'],
      reoffended: 1,
    });
  });

  it('lists the checks by 卷号: errors first, then warnings', async () => {
    const p = await preview(MARCH);
    const no = fx.caseNo;
    // The 卷号 the fixture's creation order gives, written out so a numbering change shows here.
    expect([no['M6'], no['M9'], no['M18'], no['M19'], no['M20'], no['M21']]).toEqual([
      '（2026）东人调字第7号',
      '（2026）新桥人调字第3号',
      '（2026）交调人调字第2号',
      '（2026）东人调字第9号',
      '（2026）新桥人调字第6号',
      '（2026）河西人调字第6号',
    ]);
    expect(p.checks.map((c) => [c.level, c.rule, c.caseNos ?? []])).toEqual([
      ['error', 'formsWithinSuccess', ['（2026）河西人调字第6号']],
      ['error', 'closedWithoutResult', ['（2026）东人调字第9号']],
      ['error', 'successWithoutForm', ['（2026）新桥人调字第6号']],
      ['error', 'formWithoutSuccess', ['（2026）河西人调字第6号']],
      ['error', 'flagWithoutPersons', ['（2026）交调人调字第2号']],
      ['warning', 'writtenWithoutAmount', ['（2026）新桥人调字第3号']],
      ['warning', 'successWithoutCloseDate', ['（2026）东人调字第7号']],
      ['warning', 'majorWithoutMeasures', []],
      ['warning', 'escalationNotOnCase', []],
      ['warning', 'linkedCaseMissing', ['（2026）河西人调字第99号']],
      ['warning', 'typicalCaseQuota', []],
    ]);
    const message = (rule: string) => p.checks.find((c) => c.rule === rule)?.message;
    expect(message('formsWithinSuccess')).toBe(
      '口头协议与书面协议之和多于调解成功：河西社区人民调解委员会（口头1＋书面4，成功4）。',
    );
    expect(message('flagWithoutPersons')).toContain('防止民间纠纷引起自杀');
    expect(message('majorWithoutMeasures')).toContain('2026年3月25日南园村');
    // S6: 已调解 with 可能民转刑 but no case, so its risk is in no 防激化 figure.
    expect(message('escalationNotOnCase')).toBe(
      '1条标记了“可能激化”的已调解排查记录没有关联案件。防激化件数、人数只取自人民调解案件的“防止激化”登记，确已防止激化的，请在案件中勾选并填写人数。',
    );
    expect(message('typicalCaseQuota')).toBe('典型案例登记2篇，少于要求的3篇（每月3篇），差1篇。');
  });
});

describe('纠纷类型 versions A and B', () => {
  it('map each stored version C code to one column of A and of B', () => {
    expect(['11', '12', '16', '17', '99'].map((c) => disputeTypeColumn('A', c))).toEqual([
      'A11',
      'A11',
      'A99',
      'A99',
      'A99',
    ]);
    expect(['10', '11', '12', '16', '17'].map((c) => disputeTypeColumn('B', c))).toEqual([
      'B11',
      'B12',
      'B14',
      'B99',
      'B99',
    ]);
    expect(disputeTypeColumn('C', '88')).toBeNull();
  });

  it('version A: 15 type columns, 旅游 counted as 消费, 知识产权 and 互联网 as 其他', async () => {
    const p = await preview(MARCH, 'A');
    const types = p.mediation.columns.filter((c) => c.header[1] === '案件分类情况');
    expect(types.map((c) => c.header[2])).toEqual([
      '婚姻家庭',
      '邻里',
      '房屋宅基地',
      '合同',
      '生产经营',
      '损害赔偿',
      '山林土地',
      '征地拆迁',
      '环境污染',
      '劳动争议',
      '消费',
      '医疗',
      '道路交通事故',
      '物业',
      '其他',
    ]);
    const of = (unit: string) => types.map((c) => rowOf(p, unit).values[c.key]);
    expect(of('合计')).toEqual([2, 2, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 3]);
    expect(of('新桥村人民调解委员会')).toEqual([0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0]);
    expect(of('河西社区人民调解委员会')).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(p.mediation.columns).toHaveLength(46);
    expect(p.checks.some((c) => c.rule === 'typesSumToTotal')).toBe(false);
  });

  it('version B: 18 type columns, 劳动争议 as 其他劳动争议, 消费 as 其他消费, 旅游 kept', async () => {
    const p = await preview(MARCH, 'B');
    const types = p.mediation.columns.filter((c) => c.header[1] === '案件分类情况');
    expect(types.map((c) => c.header[2])).toEqual([
      '婚姻家庭',
      '邻里',
      '房屋宅基地',
      '合同',
      '生产经营',
      '损害赔偿',
      '山林土地',
      '征地拆迁',
      '环境污染',
      '拖欠农民工工资',
      '其他劳动争议',
      '旅游',
      '电子商务',
      '其他消费',
      '医疗',
      '道路交通事故',
      '物业',
      '其他',
    ]);
    const of = (unit: string) => types.map((c) => rowOf(p, unit).values[c.key]);
    expect(of('合计')).toEqual([2, 2, 1, 1, 1, 2, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 3]);
    expect(of('新桥村人民调解委员会')).toEqual([0, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(of('河西社区人民调解委员会')).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
  });
});

describe('quarters and years', () => {
  it('the first quarter is its three months added up, and counts what each month counts', async () => {
    const quarter = await preview({ kind: 'quarter', year: 2026, quarter: 1 });
    const months = await Promise.all(periodMonths(quarter.period).map((m) => preview(m)));
    // 老街 is retired, with a February case: a row of the quarter, not of March.
    expect(quarter.mediation.rows.map((r) => r.unit)).toEqual([
      '东河镇人民调解委员会',
      '新桥村人民调解委员会',
      '河西社区人民调解委员会',
      '老街村人民调解委员会',
      '南园村人民调解委员会',
      '东河镇道路交通事故人民调解委员会',
      '合计',
    ]);
    for (const row of quarter.mediation.rows) {
      for (const column of quarter.mediation.columns) {
        const sum = months.reduce(
          (s, m) => s + Number(m.mediation.rows.find((r) => r.unit === row.unit)?.values[column.key] ?? 0),
          0,
        );
        const value = row.values[column.key];
        if (row.isTotal || !column.key.startsWith('screen.'))
          expect([row.unit, column.key, value]).toEqual([row.unit, column.key, expect.closeTo(sum, 2)]);
        else expect(value).toBeNull();
      }
    }
    const total = rowOf(quarter, '合计').values;
    // By hand: March + J1 (新桥, 2 parties, 2000元) + F1 (老街, 口头) + F2 (东, 10000元).
    expect([
      total['total'],
      total['parties'],
      total['success'],
      total['amount'],
      total['form.oral'],
      total['form.written'],
    ]).toEqual([24, 81, 18, 49.95, 6, 12]);
    expect([total['screen.outings'], total['screen.prevented']]).toEqual([7, 2]);
    expect(quarter.label).toBe('2026年第一季度');
    expect(quarter.work.typicalCases).toEqual({ count: 3, quota: 9, shortfall: 6 });
    expect(quarter.work.publicity).toEqual({ count: 4, audience: 1280, materials: 1650 });
    // 考核 person-months: 朱某甲 February and March, 秦某乙 and 尤某丙 March; the 警告 of February joins March's 奖惩.
    expect(quarter.work.correction).toMatchObject({
      assessed: 4,
      failedAssessment: 1,
      sanctions: [
        { label: '表扬', count: 1 },
        { label: '训诫', count: 1 },
        { label: '警告', count: 1 },
      ],
    });
  });

  it('the year counts April and May too', async () => {
    const year = await preview({ kind: 'year', year: 2026 });
    const total = rowOf(year, '合计').values;
    expect([
      total['total'],
      total['success'],
      total['amount'],
      total['screen.outings'],
      total['screen.prevented'],
    ]).toEqual([25, 19, 50.65, 8, 2]);
    expect(year.work.petitions.count).toBe(6);
    expect(year.work.legalAid).toEqual({ received: 4, transferred: 3 });
    expect(year.work.correction).toMatchObject({ enrolled: 3, admitted: 2, released: 3, fieldVisits: 5 });
    // The quarter's, with 许某丁's April 考核 and 秦某乙's 表扬 of April.
    expect(year.work.correction).toMatchObject({
      assessed: 5,
      failedAssessment: 1,
      sanctions: [
        { label: '表扬', count: 2 },
        { label: '训诫', count: 1 },
        { label: '警告', count: 1 },
      ],
    });
    // 安置帮教 at the year's end, as of 2026-12-02: R8 is 在册 from April; every 在帮 person's 走访 is late by now
    // (R1 monthly since March, R3 and R8 quarterly since February and April, R2 and R6 as in March).
    expect(year.work.resettlement).toEqual({
      enrolled: 5,
      enrolledKey: 2,
      enrolledOrdinary: 3,
      received: 2,
      released: 1,
      visits: 5,
      missedVisits: 5,
      missedVisitNames: ['陈某庚', '褚某辛', '孙某甲', '吴某丙', '周某乙'],
      reoffended: 1,
    });
    expect(year.work.typicalCases).toEqual({ count: 3, quota: 36, shortfall: 33 });
  });

  it('a month with no dispute found is a 零报告', async () => {
    const may = await preview({ kind: 'month', year: 2026, month: 5 });
    expect([
      may.screening.outings,
      may.screening.found,
      may.screening.zeroReport,
      may.screening.zeroReportText,
    ]).toEqual([1, 0, true, '本月未排查发现矛盾纠纷（零报告）']);
    expect(may.mediation.rows.map((r) => r.unit)).toEqual([
      '东河镇人民调解委员会',
      '新桥村人民调解委员会',
      '河西社区人民调解委员会',
      '南园村人民调解委员会',
      '合计',
    ]);
    expect(rowOf(may, '合计').values['total']).toBe(0);
    const june = await preview({ kind: 'month', year: 2026, month: 6 });
    expect([june.screening.outings, june.screening.zeroReport]).toEqual([0, true]);
    const q2 = await preview({ kind: 'quarter', year: 2026, quarter: 2 });
    expect(q2.screening.zeroReportText).toBe('本季度未排查发现矛盾纠纷（零报告）');
  });
});

describe('checks on data entered outside the app', () => {
  // Each test alters its own ledger behind the API's back, as an import or a hand edit of the file might.
  async function alteredLedger(sqlText: string, params: (string | number)[]) {
    const ledger = openTestLedger();
    const own = await createReportFixtures(ledger.core);
    ledger.core.ledger.sqlite.prepare(sqlText).run(...params);
    const ownSettings = await readSettings(ledger.core.ledger.db);
    return { p: await buildReturnPreview(ledger.core.ledger.db, MARCH, ownSettings, TODAY), own };
  }

  it('a 纠纷类型 not in the code table breaks 各类型之和 = 总数 and names the case', async () => {
    const { p, own } = await alteredLedger('UPDATE mediation_case SET dispute_type = ? WHERE case_no = ?', [
      '88',
      '（2026）东人调字第3号',
    ]);
    expect(own.caseNo['M2']).toBe('（2026）东人调字第3号');
    const check = p.checks.find((c) => c.rule === 'typesSumToTotal');
    expect(check).toMatchObject({ level: 'error', caseNos: ['（2026）东人调字第3号'] });
    expect(check?.message).toContain('东河镇人民调解委员会（各类型合计7，总数8）');
    expect(check?.message).toContain('合计（各类型合计20，总数21）');
  });

  it('a 案件来源 not in the code table breaks 各来源之和 = 总数', async () => {
    const { p } = await alteredLedger('UPDATE mediation_case SET case_source = ? WHERE case_no = ?', [
      '政府部门指定',
      '（2026）新桥人调字第2号',
    ]);
    expect(p.checks.find((c) => c.rule === 'sourcesSumToTotal')).toMatchObject({
      level: 'error',
      caseNos: ['（2026）新桥人调字第2号'],
    });
  });

  it('a committee of an unknown kind breaks 不同主体之和 = 总数', async () => {
    const { p } = await alteredLedger('UPDATE committee SET kind = ? WHERE short_name = ?', ['其他调委会', '交调']);
    const check = p.checks.find((c) => c.rule === 'subjectsSumToTotal');
    expect(check).toMatchObject({ level: 'error', caseNos: ['（2026）交调人调字第1号', '（2026）交调人调字第2号'] });
    expect(check?.message).toContain('东河镇道路交通事故人民调解委员会（各主体合计0，总数2）');
  });
});
