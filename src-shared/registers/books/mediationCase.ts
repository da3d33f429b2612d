import {
  agreementForms,
  caseSources,
  disputeTypes,
  ethnicities,
  mediationResults,
  performanceStates,
  sexes,
} from '../../codes';
import { EVENT_KIND, mediationEventOptions } from '../../events';
import { defineRegister, f, registrationFields, remarkField } from '../fields';
import { labels } from '../../codes';

const flag = <K extends string>(key: K, label: string) => [
  f.bool(key, label, { section: '防止激化', span: 6 }),
  f.int(`${key}_persons` as const, `${label}（涉及人数）`, { max: 100000, section: '防止激化', span: 6 }),
];

/** §3.7 人民调解调查记录, one per investigation. */
const investigationFields = [
  f.date('date', '调查日期', { required: true, initial: 'today' }),
  f.time('start_time', '开始时间'),
  f.time('end_time', '结束时间'),
  f.text('place', '地点', { required: true, max: 100 }),
  f.staff('investigator', '调查人', { required: true }),
  f.staff('recorder', '记录人'),
  f.text('subject_name', '被调查人姓名', { required: true, max: 50 }),
  f.select('subject_sex', '被调查人性别', sexes),
  f.select('subject_ethnicity', '被调查人民族', ethnicities),
  f.int('subject_age', '被调查人年龄', { max: 150 }),
  f.text('subject_occupation', '被调查人职业或职务', { max: 50 }),
  f.phone('subject_phone', '被调查人联系方式'),
  f.text('subject_address', '被调查人单位或住址', { max: 200 }),
  f.text('participants', '参加人', { max: 200 }),
  f.textarea('record', '调查记录（问答）', {
    required: true,
    max: 20000,
    hint: '每问每答另起一行，如“问：……”“答：……”',
  }),
];

/** §3.8 人民调解记录, one per mediation session. */
const sessionFields = [
  f.date('date', '调解日期', { required: true, initial: 'today' }),
  f.time('start_time', '开始时间'),
  f.time('end_time', '结束时间'),
  f.text('place', '地点', { required: true, max: 100 }),
  f.text('matter', '事由', { required: true, max: 200 }),
  f.text('parties_present', '到场当事人', { max: 200, hint: '不填则为全部当事人' }),
  f.text('participants', '参加人', { max: 200, hint: '协助调解的其他人员，不含调解员、当事人、记录人' }),
  // Read from the case when left blank (一件事只登记一次): the case's 人民调解员 are who mediates, unless another did.
  f.text('mediators', '人民调解员', { max: 100, choicesFrom: 'mediators', hint: '不填则为本案人民调解员' }),
  f.staff('recorder', '记录人'),
  f.textarea('record', '调解记录', { required: true, max: 20000 }),
  f.select('result', '调解结果', labels('达成书面协议', '达成口头协议', '未达成协议'), { required: true }),
  f.text('failure_reason', '未达成协议的原因', { max: 500 }),
];

/** 事件记录: what the deadline rules (docs/spec/deadlines.md §C) trigger on and are completed by. */
const eventFields = [
  f.select('type', '事件类型', mediationEventOptions, { required: true }),
  f.date('date', '日期', { required: true, initial: 'today' }),
  f.text('result', '结果', { max: 200 }),
  f.textarea('note', '备注', { max: 2000 }),
];

/** The stages of a mediation case, in the order it is worked: the form's first sections. */
export const MEDIATION_STAGES = ['受理', '调查', '调解', '协议', '结案', '回访', '立卷'] as const;

/** docs/spec/formats.md §5.4 人民调解收结案登记簿: the source of the monthly mediation return. */
export const mediationCase = defineRegister({
  key: 'mediationCase',
  table: 'mediation_case',
  title: '人民调解收结案登记簿',
  noun: '人民调解案件',
  group: '七簿',
  dateField: 'accept_date',
  summaryField: 'case_no',
  defaultSort: { key: 'accept_date', order: 'desc' },
  // The form follows the case as it is worked (docs/spec/formats.md §3.2 卷内目录): 受理, 调查, 调解, 协议, then 结案,
  // 回访 (after 结案: the date rules below) and 立卷; each stage is one section, in that order.
  stages: MEDIATION_STAGES,
  fields: [
    ...registrationFields('登记人', '受理'),
    f.text('case_no', '卷号', {
      generated: true,
      list: true,
      search: true,
      section: '受理',
      hint: '保存时按年度自动编号',
    }),
    f.text('source_ref', '来源', { generated: true, section: '受理', hint: '由其他登记簿转来时自动填写' }),
    f.committee('committee_id', '承办调委会', { required: true, list: true, filter: true, section: '受理' }),
    f.date('accept_date', '受理日期', { required: true, list: true, initial: 'today', section: '受理' }),
    f.select('dispute_type', '纠纷类型', disputeTypes, { required: true, list: true, filter: true, section: '受理' }),
    f.select('case_source', '案件来源', caseSources, { required: true, filter: true, section: '受理' }),
    f.mediators('mediators', '人民调解员', { list: true, search: true, section: '受理' }),
    f.parties('applicants', '申请人', 'applicant', 1, 20, { list: true, search: true, section: '受理' }),
    f.parties('respondents', '被申请人', 'respondent', 1, 20, { list: true, search: true, section: '受理' }),
    f.textarea('summary', '纠纷简要情况', { required: true, search: true, max: 5000, section: '受理' }),
    f.lines('application_items', '当事人申请事项', {
      max: 500,
      section: '受理',
      hint: '依申请调解的，每条一项，打印在申请书上，自动编为1、2、3……',
    }),
    f.int('party_count', '涉及当事人数', { max: 100000, section: '受理', hint: '不填则按申请人和被申请人人数计' }),
    f.bool('difficult', '疑难复杂', { section: '受理' }),
    f.entries('investigations', '调查记录', 'investigation', investigationFields, { section: '调查', max: 30 }),
    f.entries('sessions', '调解记录', 'session', sessionFields, { section: '调解', max: 30 }),
    f.textarea('agreement_facts', '纠纷主要事实、争议事项', { max: 10000, section: '协议' }),
    f.lines('agreement_terms', '协议条款', {
      max: 2000,
      section: '协议',
      hint: '每条一项，打印时自动编为一、二、三……',
    }),
    f.textarea('performance_terms', '履行方式、时限', { max: 2000, section: '协议' }),
    f.int('agreement_copies', '协议份数', { max: 100, section: '协议', hint: '不填则为当事人人数加一' }),
    f.date('agreement_date', '协议签订日期', { section: '协议' }),
    f.date('performance_due_date', '履行期限届满日期', {
      section: '协议',
      hint: '协议约定的履行期限最后一天；届满后提醒回访',
    }),
    f.staff('recorder', '记录人', { section: '协议' }),
    f.select('result', '调解结果', mediationResults, {
      list: true,
      filter: true,
      section: '结案',
      pending: { text: '在办', until: 'close_date' },
    }),
    f.select('agreement_form', '协议形式', agreementForms, { filter: true, section: '结案' }),
    f.money('agreement_amount', '协议涉及金额（元）', { list: true, section: '结案' }),
    f.date('close_date', '结案日期', { list: true, section: '结案' }),
    f.select('performance', '履行情况', performanceStates, { filter: true, section: '结案' }),
    f.bool('judicial_confirmation', '司法确认', { section: '结案' }),
    f.date('revisit_date', '回访日期', { section: '回访' }),
    f.select('revisit_method', '回访方式', labels('电话', '上门', '其他'), { section: '回访' }),
    f.text('revisit_by', '回访人', { max: 50, section: '回访' }),
    f.text('revisit_interviewees', '受访当事人', { max: 200, section: '回访', hint: '不填则为全部当事人' }),
    f.textarea('revisit_content', '回访情况', {
      max: 5000,
      section: '回访',
      hint: '履行情况、满意程度、有无激化或遗留隐患、采取的措施',
    }),
    f.text('file_title', '卷名', { max: 100, section: '立卷', hint: '不填则为“申请人与被申请人××纠纷”' }),
    f.staff('filed_by', '立卷人', { section: '立卷' }),
    f.date('filed_date', '立卷日期', { section: '立卷' }),
    f.select('retention', '保管期限', labels('10年', '30年', '永久'), { section: '立卷' }),
    f.textarea('file_note', '卷宗情况说明', { max: 2000, section: '立卷' }),
    // The materials of docs/spec/formats.md §3.2 filed on paper, which the ledger does not print: the 卷宗 keeps their
    // pages, so the 卷内目录 lists them and every page number after them is right once they are filed.
    f.int('id_proof_pages', '当事人身份证明页数', { max: 200, section: '立卷', hint: '不填则按每位当事人一页计' }),
    f.int('attorney_pages', '授权委托书页数', { max: 200, section: '立卷', hint: '没有则不填' }),
    f.int('evidence_pages', '证据材料页数', { max: 500, section: '立卷', hint: '没有则不填' }),
    f.int('receipt_pages', '收条、汇款单等履行凭证页数', { max: 200, section: '立卷', hint: '没有则不填' }),
    f.int('confirmation_pages', '司法确认材料页数', {
      max: 200,
      section: '立卷',
      hint: '“司法确认”为“是”时列入卷内目录；不填则按1页计',
    }),
    ...flag('prevent_suicide', '防止民间纠纷引起自杀'),
    ...flag('prevent_criminal', '防止民间纠纷转化为刑事案件'),
    ...flag('prevent_petition', '防止群体性上访'),
    ...flag('prevent_fight', '防止群体性械斗'),
    f.entries('events', '事件记录', EVENT_KIND, eventFields, { section: '事件记录', max: 200 }),
    remarkField(),
  ],
  rules: [
    { kind: 'dateOrder', earlier: 'accept_date', later: 'close_date' },
    { kind: 'dateOrder', earlier: 'close_date', later: 'revisit_date' },
    { kind: 'dateOrder', earlier: 'accept_date', later: 'revisit_date' },
    { kind: 'dateOrder', earlier: 'accept_date', later: 'agreement_date' },
    { kind: 'dateOrder', earlier: 'agreement_date', later: 'revisit_date' },
    { kind: 'dateOrder', earlier: 'agreement_date', later: 'performance_due_date' },
    { kind: 'dateOrder', earlier: 'accept_date', later: 'filed_date' },
  ],
});
