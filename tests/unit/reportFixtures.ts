// The ledger the report tests count by hand: March 2026 of 东河镇司法所, entered through the real API (so every value
// has passed validation as a clerk's input would), with neighbouring months and deleted records that must not count.
// No vitest import here: scripts/report-samples.mjs loads this file outside the test runner.
//
// March 2026, 人民调解收结案登记簿 (M1–M21; 卷号 follow creation order per committee):
//  tag committee type source   result  form amount(元)  当事人数   other
//  M1  东   01 依申请      成功   书面  50000.00   (1+1)        防自杀 1人
//  M2  东   02 主动        成功   口头  –          (1+1)
//  M3  东   03 法院委托    成功   书面  120000.00  5 (2+1 blocks) 疑难
//  M4  东   04 检察院委托  不成功 –     –          (1+2)
//  M5  东   05 公安委托    成功   书面  8000.50    (1+1)        防民转刑 3人
//  M6  东   06 信访委托    成功   口头  3000.00    (1+1)        防上访 12人; no 结案日期
//  M7  东   07 其他部门    终止   –     –          2
//  M8  新桥 08 依申请      成功   书面  200000.00  30           疑难; 防械斗 20人; 防上访 25人
//  M9  新桥 09 依申请      成功   书面  (blank)    (1+1)
//  M10 新桥 10 主动        不成功 –     –          (1+1)
//  M11 新桥 11 依申请      成功   口头  –          (2+1)
//  M12 河西 12 依申请      成功   书面  1500.00    (1+1)
//  M13 河西 13 法院委托    成功   书面  60000.00   (1+1)        疑难
//  M14 河西 14 公安委托    成功   书面  35000.00   (1+1)
//  M15 河西 15 主动        (open) –     –          (1+1 organisation)
//  M16 河西 16 依申请      成功   口头  –          (1+1)
//  M17 交调 17 依申请      成功   书面  9999.99    (1+1)
//  M18 交调 99 主动        成功   口头  –          (1+1)        防自杀 ticked, no 人数
//  M19 东   01 依申请      (none) –     –          (1+1)        结案日期 set, no 调解结果
//  M20 新桥 02 依申请      成功   –     –          (1+1)        no 协议形式
//  M21 河西 06 主动        不成功 书面  –          (1+1)        协议形式 on a failed case
//  MD  东   01 依申请      成功   书面  999999.00  deleted (回收站)
//  J1 (新桥, 2026-01-05), F1 (老街, 2026-02-27), F2 (东, 2026-02-15), A1 (东, 2026-04-01): neighbouring months.
import type { Core } from '../../src-main/core';
import type { ApiInput, ApiMethod, ApiOutput, RecordRow } from '../../src-shared/handlers';
import type { RegisterKey } from '../../src-shared/registers';
import type { Settings } from '../../src-shared/settings';
import { invokeAsAdmin } from '../support/session';

export const OFFICE = {
  officeName: '东河镇司法所',
  county: '如东县',
  township: '东河镇',
  committees: [
    { name: '东河镇人民调解委员会', shortName: '东', kind: '乡镇调委会', active: true },
    { name: '新桥村人民调解委员会', shortName: '新桥', kind: '村调委会', active: true },
    { name: '河西社区人民调解委员会', shortName: '河西', kind: '居（社区）调委会', active: true },
    // Retired, with a case in February only: not a row of March, a row of the first quarter.
    { name: '老街村人民调解委员会', shortName: '老街', kind: '村调委会', active: false },
    // Active without a case: a row of zeros.
    { name: '南园村人民调解委员会', shortName: '南园', kind: '村调委会', active: true },
    // Retired, but with March cases: still a row.
    { name: '东河镇道路交通事故人民调解委员会', shortName: '交调', kind: '行业性专业性调委会', active: false },
  ],
  staff: [
    { name: '王晓红', position: '所长', active: true },
    { name: '李明', position: '科员', active: true },
  ],
  disputeTypeVersion: 'C' as const,
  reportDeadlineDay: 5,
  typicalCaseQuota: 3,
};

type ShortName = '东' | '新桥' | '河西' | '老街' | '南园' | '交调';

export interface ReportFixtures {
  settings: Settings;
  /** 卷号 by the tags of the table above. */
  caseNo: Record<string, string>;
  /** Record ids by tag, for tests that alter a record behind the API's back. */
  caseId: Record<string, number>;
}

async function call<M extends ApiMethod>(core: Core, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await invokeAsAdmin(core, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

function create(core: Core, register: RegisterKey, data: Record<string, unknown>): Promise<RecordRow> {
  return call(core, 'registers.create', { register, data });
}

/** `more`: the rest of the 当事人信息块 where a book prints it (住址, 民族, 出生日期, 身份证号). */
const person = (name: string, sex: '男' | '女', age: number, phone: string, more: Record<string, string> = {}) => ({
  kind: '自然人',
  name,
  sex,
  age,
  phone,
  ...more,
});

interface CaseSpec {
  committee: ShortName;
  accept: string;
  type: string;
  source: string;
  result?: string;
  form?: string;
  amountFen?: number;
  partyCount?: number;
  applicants?: number;
  respondents?: number;
  difficult?: boolean;
  close?: string;
  flags?: Partial<Record<'suicide' | 'criminal' | 'petition' | 'fight', number | null>>;
  organisationRespondent?: boolean;
}

const SURNAMES = '赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';

export async function createReportFixtures(core: Core): Promise<ReportFixtures> {
  const settings = await call(core, 'settings.save', OFFICE);
  const committeeId = (short: ShortName) => {
    const id = settings.committees.find((c) => c.shortName === short)?.id;
    if (id === undefined) throw new Error(`no committee ${short}`);
    return id;
  };
  const caseNo: Record<string, string> = {};
  const caseId: Record<string, number> = {};
  let people = 0;
  const someone = (sex: '男' | '女') => {
    people++;
    return person(
      `${SURNAMES[people % SURNAMES.length]}${sex === '男' ? '建' : '秀'}${'一二三四五六七八九十'[people % 10]}`,
      sex,
      30 + (people % 40),
      `139${String(people).padStart(8, '0')}`,
    );
  };

  const mediation = async (
    tag: string,
    spec: CaseSpec,
    parties?: { applicants: unknown[]; respondents: unknown[] },
  ) => {
    const flags = spec.flags ?? {};
    const row = await create(core, 'mediationCase', {
      committee_id: committeeId(spec.committee),
      accept_date: spec.accept,
      dispute_type: spec.type,
      case_source: spec.source,
      mediators: ['李调解', '王调解'],
      applicants: parties?.applicants ?? Array.from({ length: spec.applicants ?? 1 }, () => someone('女')),
      respondents:
        parties?.respondents ??
        (spec.organisationRespondent
          ? [{ kind: '法人或其他组织', name: '河西物业服务有限公司', legal_rep: '何经理', phone: '0513-84000000' }]
          : Array.from({ length: spec.respondents ?? 1 }, () => someone('男'))),
      summary: `${tag}：双方因${spec.type}号类型纠纷申请调解。`,
      party_count: spec.partyCount ?? null,
      difficult: spec.difficult ?? false,
      result: spec.result ?? null,
      agreement_form: spec.form ?? null,
      agreement_amount: spec.amountFen ?? null,
      close_date: spec.close ?? null,
      prevent_suicide: 'suicide' in flags,
      prevent_suicide_persons: flags.suicide ?? null,
      prevent_criminal: 'criminal' in flags,
      prevent_criminal_persons: flags.criminal ?? null,
      prevent_petition: 'petition' in flags,
      prevent_petition_persons: flags.petition ?? null,
      prevent_fight: 'fight' in flags,
      prevent_fight_persons: flags.fight ?? null,
      registered_on: spec.accept,
      registered_by: '王晓红',
    });
    caseNo[tag] = String(row.data['case_no']);
    caseId[tag] = row.id;
    return row;
  };

  // Neighbouring months first, so March's 卷号 continue after them.
  await mediation('J1', {
    committee: '新桥',
    accept: '2026-01-05',
    type: '14',
    source: '公安机关委托移送',
    result: '成功',
    form: '书面协议',
    amountFen: 200_000,
    close: '2026-01-20',
  });
  await mediation('F2', {
    committee: '东',
    accept: '2026-02-15',
    type: '04',
    source: '依申请调解',
    result: '成功',
    form: '书面协议',
    amountFen: 1_000_000,
    close: '2026-02-25',
  });
  await mediation('F1', {
    committee: '老街',
    accept: '2026-02-27',
    type: '02',
    source: '主动调解',
    result: '成功',
    form: '口头协议',
    close: '2026-02-28',
  });

  await mediation(
    'M1',
    {
      committee: '东',
      accept: '2026-03-01',
      type: '01',
      source: '依申请调解',
      result: '成功',
      form: '书面协议',
      amountFen: 5_000_000,
      close: '2026-03-10',
      flags: { suicide: 1 },
    },
    {
      applicants: [person('张秀英', '女', 45, '13900001111', { address: '东河镇新桥村3组' })],
      respondents: [person('王建国', '男', 47, '13900002222')],
    },
  );
  await mediation('M2', {
    committee: '东',
    accept: '2026-03-02',
    type: '02',
    source: '主动调解',
    result: '成功',
    form: '口头协议',
    close: '2026-03-12',
  });
  await mediation('M3', {
    committee: '东',
    accept: '2026-03-03',
    type: '03',
    source: '法院委托移送',
    result: '成功',
    form: '书面协议',
    amountFen: 12_000_000,
    partyCount: 5,
    applicants: 2,
    difficult: true,
    close: '2026-03-20',
  });
  await mediation('M4', {
    committee: '东',
    accept: '2026-03-04',
    type: '04',
    source: '检察院委托移送',
    result: '不成功',
    respondents: 2,
    close: '2026-03-25',
  });
  await mediation('M5', {
    committee: '东',
    accept: '2026-03-05',
    type: '05',
    source: '公安机关委托移送',
    result: '成功',
    form: '书面协议',
    amountFen: 800_050,
    close: '2026-03-18',
    flags: { criminal: 3 },
  });
  await mediation('M6', {
    committee: '东',
    accept: '2026-03-06',
    type: '06',
    source: '信访部门委托移送',
    result: '成功',
    form: '口头协议',
    amountFen: 300_000,
    flags: { petition: 12 },
  });
  await mediation('M7', {
    committee: '东',
    accept: '2026-03-07',
    type: '07',
    source: '其他部门委托移送',
    result: '终止',
    partyCount: 2,
    close: '2026-03-28',
  });
  await mediation('M8', {
    committee: '新桥',
    accept: '2026-03-08',
    type: '08',
    source: '依申请调解',
    result: '成功',
    form: '书面协议',
    amountFen: 20_000_000,
    partyCount: 30,
    difficult: true,
    close: '2026-03-26',
    flags: { fight: 20, petition: 25 },
  });
  await mediation('M9', {
    committee: '新桥',
    accept: '2026-03-09',
    type: '09',
    source: '依申请调解',
    result: '成功',
    form: '书面协议',
    close: '2026-03-15',
  });
  await mediation('M10', {
    committee: '新桥',
    accept: '2026-03-10',
    type: '10',
    source: '主动调解',
    result: '不成功',
    close: '2026-03-20',
  });
  await mediation('M11', {
    committee: '新桥',
    accept: '2026-03-11',
    type: '11',
    source: '依申请调解',
    result: '成功',
    form: '口头协议',
    applicants: 2,
    close: '2026-03-22',
  });
  await mediation('M12', {
    committee: '河西',
    accept: '2026-03-12',
    type: '12',
    source: '依申请调解',
    result: '成功',
    form: '书面协议',
    amountFen: 150_000,
    close: '2026-03-16',
  });
  await mediation('M13', {
    committee: '河西',
    accept: '2026-03-13',
    type: '13',
    source: '法院委托移送',
    result: '成功',
    form: '书面协议',
    amountFen: 6_000_000,
    difficult: true,
    close: '2026-03-29',
  });
  await mediation('M14', {
    committee: '河西',
    accept: '2026-03-14',
    type: '14',
    source: '公安机关委托移送',
    result: '成功',
    form: '书面协议',
    amountFen: 3_500_000,
    close: '2026-03-21',
  });
  await mediation('M15', {
    committee: '河西',
    accept: '2026-03-15',
    type: '15',
    source: '主动调解',
    organisationRespondent: true,
  });
  await mediation('M16', {
    committee: '河西',
    accept: '2026-03-16',
    type: '16',
    source: '依申请调解',
    result: '成功',
    form: '口头协议',
    close: '2026-03-19',
  });
  await mediation('M17', {
    committee: '交调',
    accept: '2026-03-17',
    type: '17',
    source: '依申请调解',
    result: '成功',
    form: '书面协议',
    amountFen: 999_999,
    close: '2026-03-27',
  });
  await mediation('M18', {
    committee: '交调',
    accept: '2026-03-18',
    type: '99',
    source: '主动调解',
    result: '成功',
    form: '口头协议',
    close: '2026-03-24',
    flags: { suicide: null },
  });
  await mediation('M19', {
    committee: '东',
    accept: '2026-03-30',
    type: '01',
    source: '依申请调解',
    close: '2026-03-30',
  });
  await mediation('M20', {
    committee: '新桥',
    accept: '2026-03-20',
    type: '02',
    source: '依申请调解',
    result: '成功',
    close: '2026-03-23',
  });
  await mediation('M21', {
    committee: '河西',
    accept: '2026-03-31',
    type: '06',
    source: '主动调解',
    result: '不成功',
    form: '书面协议',
    close: '2026-03-31',
  });
  const deleted = await mediation('MD', {
    committee: '东',
    accept: '2026-03-15',
    type: '01',
    source: '依申请调解',
    result: '成功',
    form: '书面协议',
    amountFen: 99_999_900,
    close: '2026-03-16',
    flags: { fight: 50 },
  });
  await call(core, 'registers.delete', { register: 'mediationCase', id: deleted.id });
  await mediation('A1', {
    committee: '东',
    accept: '2026-04-01',
    type: '01',
    source: '依申请调解',
    result: '成功',
    form: '书面协议',
    amountFen: 700_000,
    close: '2026-04-10',
  });

  await screeningRecords(core, caseNo);
  await otherBooks(core, committeeId('东'));
  await resettlementPeople(core);
  return { settings, caseNo, caseId };
}

/**
 * March 2026 排查 (S1–S8; outings are distinct date + scope):
 *  S1 03-05 新桥村   08 一般 已调解 → M8 (成功)          2人
 *  S2 03-05 新桥村   02 较大 已预防   可能群体性上访      3人
 *  S3 03-12 河西社区 15 重大 正在化解 可能群体性上访、械斗 40人
 *  S4 03-12 东河镇区 零报告
 *  S5 03-20 东河镇区 04 重大 已调解 → M4 (不成功) 可能引起自杀 2人
 *  S6 03-25 南园村   06 一般 已调解, no link    可能民转刑 5人
 *  S7 03-25 南园村   99 重大 移交, no 稳控措施 / 责任人  4人
 *  S8 03-28 河西社区 12 一般 已调解 → a 卷号 that does not exist 2人
 *  SD 03-15 老街村 已预防, deleted; SF 2026-02-20 老街村 已预防; SZ 2026-05-10 东河镇区 零报告 (May: no dispute).
 */
async function screeningRecords(core: Core, caseNo: Record<string, string>): Promise<void> {
  const screening = (data: Record<string, unknown>) =>
    create(core, 'disputeScreening', { registered_on: data['screening_date'], screeners: '王晓红、李明', ...data });
  await screening({
    screening_date: '2026-03-05',
    scope: '新桥村',
    parties: [person('赵一', '男', 50, '13700000001'), person('钱二', '男', 52, '13700000002')],
    dispute_type: '08',
    summary: '征地补偿款分配争议。',
    person_count: 2,
    risk_level: '一般',
    resolution: '已调解',
    linked_case_no: caseNo['M8'],
    resolved_date: '2026-03-26',
  });
  await screening({
    screening_date: '2026-03-05',
    scope: '新桥村',
    dispute_type: '02',
    summary: '三户邻居排水沟堵塞。',
    person_count: 3,
    risk_level: '较大',
    risk_flags: ['可能群体性上访'],
    resolution: '已预防',
  });
  await screening({
    screening_date: '2026-03-12',
    scope: '河西社区',
    parties: [person('孙五', '男', 60, '13700000005'), person('周六', '女', 58, '13700000006')],
    dispute_type: '15',
    summary: '小区业主与物业公司因停车收费发生争执，四十余名业主聚集。',
    person_count: 40,
    risk_level: '重大',
    risk_flags: ['可能群体性上访', '可能群体性械斗'],
    measures: '社区民警驻点，每日走访；组织业主代表与物业公司协商。',
    responsible_unit: '河西社区居委会',
    responsible_person: '刘主任',
    deadline: '2026-04-15',
    resolution: '正在化解',
  });
  await screening({ screening_date: '2026-03-12', scope: '东河镇区', zero_report: true });
  await screening({
    screening_date: '2026-03-20',
    scope: '东河镇区',
    parties: [person('吴七', '女', 35, '13700000007')],
    dispute_type: '04',
    summary: '借款纠纷，当事人情绪激动，扬言轻生。',
    person_count: 2,
    risk_level: '重大',
    risk_flags: ['可能引起自杀'],
    measures: '家属陪护，心理疏导。',
    responsible_unit: '东河镇人民调解委员会',
    responsible_person: '张调解',
    resolution: '已调解',
    linked_case_no: caseNo['M4'],
    resolved_date: '2026-03-25',
  });
  await screening({
    screening_date: '2026-03-25',
    scope: '南园村',
    dispute_type: '06',
    summary: '酒后斗殴致伤，赔偿未谈妥。',
    person_count: 5,
    risk_level: '一般',
    risk_flags: ['可能民转刑'],
    resolution: '已调解',
    resolved_date: '2026-03-28',
  });
  await screening({
    screening_date: '2026-03-25',
    scope: '南园村',
    dispute_type: '99',
    summary: '村民对土地流转分红有意见。',
    person_count: 4,
    risk_level: '重大',
    resolution: '移交',
  });
  await screening({
    screening_date: '2026-03-28',
    scope: '河西社区',
    dispute_type: '12',
    summary: '网购家电退货争议。',
    person_count: 2,
    risk_level: '一般',
    resolution: '已调解',
    linked_case_no: '（2026）河西人调字第99号',
  });
  const deleted = await screening({
    screening_date: '2026-03-15',
    scope: '老街村',
    dispute_type: '02',
    person_count: 2,
    resolution: '已预防',
  });
  await call(core, 'registers.delete', { register: 'disputeScreening', id: deleted.id });
  await screening({
    screening_date: '2026-02-20',
    scope: '老街村',
    dispute_type: '02',
    person_count: 2,
    resolution: '已预防',
  });
  await screening({ screening_date: '2026-05-10', scope: '东河镇区', zero_report: true });
}

/**
 * March 2026, the other books:
 *  来信来访 P1 03-03 当场答复 1人; P2 03-10 转人民调解 5人; P3 03-15 转交有关部门 (人数 blank → 1); P4 03-20 (处理意见
 *    blank) 2人; P5 03-31 当场答复 1人; PD deleted; PA 04-02.
 *  法制宣传 L1 03-05 200人 500份; L2 03-15 80人; L3 03-28 150份; LF 02-28 1000人 1000份.
 *  学习会议 政治学习 03-02 and 03-16, 业务学习 03-09, 调解员例会 03-27.
 *  法律援助 03-04 当场解答; 03-11 and 03-26 转交法律援助中心; 04-01 转交 (April).
 *  典型案例 registered 03-10, 03-25; 02-20.
 *  社区矫正 C1 缓刑 在矫 2025-06-01..2027-05-31, visits 03-05 03-20 02-10; C2 假释 在矫 from 03-10, visit 03-15;
 *    C3 管制 期满解矫 ..2026-03-15, visit 03-01; C4 暂予监外执行 在矫 from 04-05; C5 缓刑 在矫, deleted, visit 03-08;
 *    C6 暂予监外执行 期满解矫 ..2026-03-31; C7 缓刑 收监, ends 2026-08-01.
 *  人民调解员 two, for the register book.
 */
async function otherBooks(core: Core, committeeId: number): Promise<void> {
  const petition = (date: string, method: string, count: number | null, handling: string | null, name: string) =>
    create(core, 'petition', {
      visit_date: date,
      method,
      visitor_count: count,
      visitors: [person(name, '男', 56, '13600000000', { address: '东河镇老街村5组' })],
      matter: `${name}反映宅基地界址不清。`,
      category: '纠纷',
      receiver: '李明',
      handling,
      registered_on: date,
      registered_by: '李明',
    });
  await petition('2026-03-03', '来访', 1, '当场答复', '冯来访');
  await petition('2026-03-10', '来访', 5, '转人民调解', '陈集访');
  await petition('2026-03-15', '来信', null, '转交有关部门', '褚来信');
  await petition('2026-03-20', '来电', 2, null, '卫来电');
  await petition('2026-03-31', '来访', 1, '当场答复', '蒋来访');
  const gone = await petition('2026-03-11', '来访', 9, '当场答复', '沈删除');
  await call(core, 'registers.delete', { register: 'petition', id: gone.id });
  await petition('2026-04-02', '来访', 3, '当场答复', '韩四月');

  const publicity = (date: string, audience: number | null, materials: number | null) =>
    create(core, 'legalPublicity', {
      activity_date: date,
      location: '东河镇文化广场',
      theme: '民法典宣传月',
      forms: ['摆摊咨询', '横幅展板'],
      audiences: ['村民'],
      audience_count: audience,
      materials_count: materials,
      registered_on: date,
    });
  await publicity('2026-03-05', 200, 500);
  await publicity('2026-03-15', 80, null);
  await publicity('2026-03-28', null, 150);
  await publicity('2026-02-28', 1000, 1000);

  for (const [date, type] of [
    ['2026-03-02', '政治学习'],
    ['2026-03-09', '业务学习'],
    ['2026-03-16', '政治学习'],
    ['2026-03-27', '调解员例会'],
  ] as const) {
    await create(core, 'studyMeeting', {
      meeting_date: date,
      meeting_type: type,
      topic: `${type}：学习人民调解法`,
      registered_on: date,
    });
  }

  for (const [date, handling] of [
    ['2026-03-04', '当场解答'],
    ['2026-03-11', '转交法律援助中心'],
    ['2026-03-26', '转交法律援助中心'],
    ['2026-04-01', '转交法律援助中心'],
  ] as const) {
    await create(core, 'legalAid', {
      receive_date: date,
      receiver: '李明',
      applicants: [
        person('杨援助', '女', 66, '13500000000', {
          ethnicity: '回族',
          birth_date: '1960-01-02',
          id_number: '32062319600102002X',
          address: '东河镇河西村7组',
        }),
      ],
      matter_category: '劳动报酬',
      handling,
      transfer_date: handling === '转交法律援助中心' ? date : null,
      registered_on: date,
    });
  }

  for (const date of ['2026-03-10', '2026-03-25', '2026-02-20']) {
    await create(core, 'typicalCase', {
      title: `巧解邻里排水纠纷（${date}）`,
      facts: '两户村民因排水沟走向发生争执。',
      committee_id: committeeId,
      registered_on: date,
    });
  }

  for (const [date, adoption] of [
    ['2026-03-12', '已采用'],
    ['2025-12-30', '未采用'],
    ['2026-03-03', '待反馈'],
  ] as const) {
    await create(core, 'workInfo', {
      submitted_on: date,
      title: `东河镇司法所开展矛盾纠纷排查（${date}）`,
      kind: '工作信息',
      submitted_to: '县司法局办公室',
      adoption,
      registered_on: date,
    });
  }

  const visit = (date: string) => ({
    date,
    place: '家庭',
    staff: ['王晓红', '李明'],
    reason: '例行查访',
    situation: '对象在家，表现良好，遵守监管规定。',
  });
  // 月度考核 (考核月份, 结果) and 审批事项 (类型, 决定, 决定日期), for 工作情况's 考核 and 奖惩 (counted by hand in
  // reports.test.ts): March has 朱某甲 不合格, 秦某乙 (assessed in April, for March) and 尤某丙; 表扬 (朱某甲 03-10) and
  // 训诫 (秦某乙 03-20) approved. Not March's: 朱某甲's February, 许某丁's April, 何某戊's (回收站), a 训诫 not approved,
  // a 警告 approved in February, a 表扬 approved in April, and an approved 外出 (no 奖惩).
  const assessed = (month: string, result: string, date = `${month}-28`) => ({ month, date, result });
  const decided = (type: string, result: string, decision_date: string) => ({
    type,
    date: decision_date,
    facts: '遵守监管规定情况。',
    result,
    decision_date,
  });
  const subject = (
    name: string,
    category: string,
    start: string,
    end: string,
    state: string,
    visits: string[],
    more: { assessments?: object[]; approvals?: object[] } = {},
  ) =>
    create(core, 'correctionSubject', {
      name,
      sex: '男',
      crime: '危险驾驶罪',
      sentence: '拘役三个月，缓刑六个月',
      category,
      start_date: start,
      end_date: end,
      state,
      field_visits: visits.map(visit),
      registered_on: start,
      ...more,
    });
  await subject('朱某甲', '缓刑', '2025-06-01', '2027-05-31', '在矫', ['2026-03-05', '2026-03-20', '2026-02-10'], {
    assessments: [assessed('2026-02', '合格'), assessed('2026-03', '不合格')],
    approvals: [
      decided('表扬', '批准', '2026-03-10'),
      decided('警告', '批准', '2026-02-25'),
      decided('训诫', '不批准', '2026-03-12'),
    ],
  });
  await subject('秦某乙', '假释', '2026-03-10', '2027-03-09', '在矫', ['2026-03-15'], {
    assessments: [assessed('2026-03', '合格', '2026-04-02')],
    approvals: [decided('训诫', '批准', '2026-03-20'), decided('表扬', '批准', '2026-04-01')],
  });
  await subject('尤某丙', '管制', '2024-01-01', '2026-03-15', '期满解矫', ['2026-03-01'], {
    assessments: [assessed('2026-03', '基本合格', '2026-03-14')],
    approvals: [decided('外出（七日以内）', '批准', '2026-03-05')],
  });
  await subject('许某丁', '暂予监外执行', '2026-04-05', '2027-04-04', '在矫', [], {
    assessments: [assessed('2026-04', '合格')],
  });
  const removed = await subject('何某戊', '缓刑', '2025-01-01', '2026-12-31', '在矫', ['2026-03-08'], {
    assessments: [assessed('2026-03', '不合格')],
    approvals: [decided('警告', '批准', '2026-03-08')],
  });
  await call(core, 'registers.delete', { register: 'correctionSubject', id: removed.id });
  await subject('吕某己', '暂予监外执行', '2025-03-01', '2026-03-31', '期满解矫', []);
  await subject('施某庚', '缓刑', '2025-08-01', '2026-08-01', '收监', []);

  for (const [name, position] of [
    ['李调解', '主任'],
    ['王调解', '委员'],
  ] as const) {
    await create(core, 'mediator', {
      committee_id: committeeId,
      name,
      sex: '男',
      position,
      phone: '13800000000',
      birth_date: '1968-05-12',
      registered_on: '2026-01-02',
    });
  }
}

/**
 * 安置帮教 (§12), for the 工作情况 figures of March 2026 (as of the tests' today, after March) and the book of 2026:
 *  R1 孙某甲 刑满释放 2026-03-02, 报到 03-04, 重点 低, 在帮, visits 03-10 03-25: 新接收, 2 visits, visited on time.
 *  R2 周某乙 刑满释放 2022-06-10, 一般 高, 在帮, last visit 2025-08-20 (year 4: half-yearly, AB-07A due by the end
 *     of February): 未按期走访.
 *  R3 吴某丙 解除社区矫正 2025-12-01, 报到 12-02, 一般 中, 在帮, visit 2026-02-15 (quarterly, due in May): on time.
 *  R4 郑某丁 刑满释放 2021-03-15 (期满 2026-03-14), 一般, 期满解除 on 03-16: 解除.
 *  R5 王某戊 解除社区矫正 2025-05-01, 重点, 重新犯罪 on 03-20, visit 03-05: 重新犯罪, 1 visit, not 在册.
 *  R6 褚某辛 刑满释放 2025-01-10, 重点 中, 在帮, last visit 2026-01-05 (monthly, due by the end of February):
 *     未按期走访.
 *  R7 冯某己 刑满释放 2026-03-05, 重点, visit 03-12, deleted (回收站): counts nowhere.
 *  R8 陈某庚 刑满释放 2026-04-02, 一般, 报到 04-03: not yet 在册 in March; 新接收 in April.
 * March: 在册 4 (重点 R1 R6, 一般 R2 R3), 新接收 1, 解除 1, 走访 3, 未按期走访 2 (R2 R6), 重新犯罪 1.
 */
async function resettlementPeople(core: Core): Promise<void> {
  const visit = (date: string) => ({
    date,
    form: '实地走访',
    visitees: ['本人'],
    situation: '在家务农，思想稳定。',
    visitors: ['王晓红'],
  });
  const person = (
    name: string,
    category: '刑满释放' | '解除社区矫正',
    release: string,
    support: '重点' | '一般',
    state: string,
    more: Record<string, unknown> = {},
  ) =>
    create(core, 'resettlement', {
      name,
      sex: '男',
      category,
      crime: '盗窃罪',
      sentence: '有期徒刑二年',
      release_date: release,
      support_type: support,
      state,
      registered_on: release,
      ...more,
    });
  await person('孙某甲', '刑满释放', '2026-03-02', '重点', '在帮', {
    id_number: '320623199004150034',
    ethnicity: '汉族',
    education: '初中',
    household_address: '如东县东河镇新桥村6组15号',
    residence: '如东县东河镇东河社区5幢201室',
    phone: '13862710021',
    release_authority: '江苏省南通监狱',
    notice_date: '2026-02-02',
    handover_date: '2026-02-05',
    must_receive: true,
    report_date: '2026-03-04',
    agreement_date: '2026-03-04',
    file_date: '2026-03-06',
    team: '司法所王晓红、新桥村治保调解主任周建华、父亲孙大海',
    placement: '务农',
    placement_measures: ['技能培训'],
    adaptation_level: '低',
    assessments: [{ date: '2026-03-20', type: '入帮评估', result: '社会适应指数 58 分', level: '低' }],
    visits: [visit('2026-03-10'), visit('2026-03-25')],
  });
  await person('周某乙', '刑满释放', '2022-06-10', '一般', '在帮', {
    report_date: '2022-06-12',
    adaptation_level: '高',
    visits: [visit('2025-08-20')],
  });
  await person('吴某丙', '解除社区矫正', '2025-12-01', '一般', '在帮', {
    report_date: '2025-12-02',
    adaptation_level: '中',
    visits: [visit('2026-02-15')],
  });
  await person('郑某丁', '刑满释放', '2021-03-15', '一般', '期满解除', {
    end_date: '2026-03-16',
    end_manner: '期满解除',
  });
  await person('王某戊', '解除社区矫正', '2025-05-01', '重点', '重新犯罪', {
    end_date: '2026-03-20',
    visits: [visit('2026-03-05')],
  });
  await person('褚某辛', '刑满释放', '2025-01-10', '重点', '在帮', {
    report_date: '2025-01-13',
    adaptation_level: '中',
    visits: [visit('2026-01-05')],
  });
  const removed = await person('冯某己', '刑满释放', '2026-03-05', '重点', '在帮', { visits: [visit('2026-03-12')] });
  await call(core, 'registers.delete', { register: 'resettlement', id: removed.id });
  await person('陈某庚', '刑满释放', '2026-04-02', '一般', '在帮', {
    id_number: '320623198811020012',
    household_address: '如东县东河镇河西社区12号',
    residence: '如东县东河镇河西社区12号',
    phone: '0513-84561234',
    release_authority: '如东县看守所',
    report_date: '2026-04-03',
    agreement_date: '2026-04-03',
    separation: '委托居住地司法所双列管',
    separation_office: '南通市崇川区和平桥司法所',
    entrust_date: '2026-04-10',
    entrust_reply_date: '2026-04-17',
  });
}

// ---------------------------------------------------------------- counted by hand from the tables above

// §4.3 列顺序 for version C: the last element of each column's header path, and its unit.
export const LEAF_HEADERS_C = [
  '调解案件总数',
  '涉及当事人数',
  '调解成功',
  '疑难复杂案件',
  '协议涉及金额',
  '村调委会',
  '居（社区）调委会',
  '乡镇调委会',
  '街道调委会',
  '企事业单位调委会',
  '社会团体和其他组织调委会',
  '主动调解',
  '依申请调解',
  '接受委托移送调解',
  '其中：法院',
  '其中：检察院',
  '其中：公安机关',
  '其中：信访部门',
  '其中：其他部门',
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
  '旅游',
  '消费',
  '医疗',
  '道路交通事故',
  '物业',
  '知识产权',
  '互联网',
  '其他',
  '口头协议',
  '书面协议',
  '排查纠纷',
  '预防纠纷',
  '防止民间纠纷引起自杀',
  '防止民间纠纷引起自杀',
  '防止民间纠纷转化为刑事案件',
  '防止民间纠纷转化为刑事案件',
  '防止群体性上访',
  '防止群体性上访',
  '防止群体性械斗',
  '防止群体性械斗',
];
export const UNITS_C = [
  '件',
  '人',
  '件',
  '件',
  '万元',
  ...Array<string>(6 + 8 + 18 + 2).fill('件'),
  '次',
  '件',
  '件',
  '人',
  '件',
  '人',
  '件',
  '人',
  '件',
  '人',
];

const _ = null;
/**
 * March 2026 by hand, in column order: 总数 人数 成功 疑难 金额 | 村 居 乡镇 街道 企事业 社会团体 | 主动 依申请 委托移送
 * 法院 检察院 公安 信访 其他部门 | 01–17, 99 | 口头 书面 | 排查 预防 | 自杀 件 人, 民转刑 件 人, 上访 件 人, 械斗 件 人.
 */
export const MARCH_ROWS_C: [string, (number | null)[]][] = [
  [
    '东河镇人民调解委员会',
    [
      8,
      20,
      5,
      1,
      18.1,
      0,
      0,
      8,
      0,
      0,
      0,
      1,
      2,
      5,
      1,
      1,
      1,
      1,
      1,
      2,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      2,
      3,
      _,
      _,
      1,
      1,
      1,
      3,
      1,
      12,
      0,
      0,
    ],
  ],
  [
    '新桥村人民调解委员会',
    [
      5,
      39,
      4,
      1,
      20,
      5,
      0,
      0,
      0,
      0,
      0,
      1,
      4,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      2,
      _,
      _,
      0,
      0,
      0,
      0,
      1,
      25,
      1,
      20,
    ],
  ],
  [
    '河西社区人民调解委员会',
    [
      6,
      12,
      4,
      1,
      9.65,
      0,
      6,
      0,
      0,
      0,
      0,
      2,
      2,
      2,
      1,
      0,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      1,
      4,
      _,
      _,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
    ],
  ],
  [
    '南园村人民调解委员会',
    [
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      _,
      _,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
    ],
  ],
  [
    '东河镇道路交通事故人民调解委员会',
    [
      2,
      4,
      2,
      0,
      1,
      0,
      0,
      0,
      0,
      0,
      2,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      _,
      _,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
    ],
  ],
  [
    '合计',
    [
      21, 75, 15, 3, 48.75, 5, 6, 8, 0, 0, 2, 5, 9, 7, 2, 1, 2, 1, 1, 2, 2, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
      1, 5, 10, 6, 1, 2, 1, 1, 3, 2, 37, 1, 20,
    ],
  ],
];
