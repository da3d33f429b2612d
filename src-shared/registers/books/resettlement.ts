import {
  adaptationLevels,
  educationLevels,
  ethnicities,
  householdSeparations,
  IN_SUPPORT_STATE,
  labels,
  placements,
  resettlementCategories,
  resettlementStates,
  sexes,
  supportMeasures,
  supportTypes,
  visitees,
  visitForms,
} from '../../codes';
import { EVENT_KIND, resettlementEventOptions } from '../../events';
import { archiveRetention, supportYears } from '../../resettlement';
import { defineRegister, f, registrationFields, remarkField } from '../fields';

// docs/spec/formats.md §12 安置帮教对象花名册, one row a person, and the person's 时间线: 走访, 评估, 帮扶, 通报列管 as
// child lists (each entry is an event for the rules of docs/spec/deadlines.md §B, src-shared/eventFields.ts), the
// form's dates (报到, 签订帮教协议, 委托, 解除 …) as the others, and a 事件记录 for what has no home of its own.

/** 走访 (handbook (12)): who was visited, how, what was found, by whom. */
const visitFields = [
  f.date('date', '走访日期', { required: true, initial: 'today' }),
  f.select('form', '走访形式', visitForms, { required: true, initial: '实地走访' }),
  f.multiselect('visitees', '被访人', visitees, { required: true }),
  f.textarea('situation', '走访情况', {
    required: true,
    max: 5000,
    hint: '思想动态、工作、生活及家庭情况，谈心教育和帮困解难',
  }),
  f.names('visitors', '走访人', { minItems: 1, hint: '帮教小组成员，至少一人' }),
];

/** 评估 (handbook (11)): 入帮 within a month of 报到, 日常 at the level's interval, 即时 on a major change. */
export const ASSESSMENT_KINDS = labels('入帮评估', '日常评估', '即时评估');
const assessmentFields = [
  f.date('date', '评估日期', { required: true, initial: 'today' }),
  f.select('type', '评估类型', ASSESSMENT_KINDS, { required: true }),
  f.text('result', '评估结果（指数）', { max: 100, hint: '如“社会适应指数 72 分”' }),
  f.select('level', '评估后等级', adaptationLevels, {
    required: true,
    hint: '保存后，登记表的“社会适应指数等级”取最近一次评估后的等级',
  }),
  f.textarea('note', '说明', { max: 2000 }),
];

/** 帮扶: what was done for the person and what came of it. */
const helpFields = [
  f.date('date', '帮扶日期', { required: true, initial: 'today' }),
  f.select('measure', '帮扶措施', supportMeasures, { required: true }),
  f.textarea('detail', '帮扶内容', { max: 2000 }),
  f.text('result', '帮扶结果', { max: 200 }),
];

/** 通报列管 of a 重点 person to the police (handbook (6)). */
const policeNoticeFields = [
  f.date('date', '通报日期', { required: true, initial: 'today' }),
  f.text('police_station', '通报对象（公安派出所）', { required: true, max: 100 }),
  f.textarea('reason', '通报事由', { max: 2000, hint: '重点帮教原因、拒签帮教协议、下落不明等' }),
];

/** 事件记录: what has no date of its own on the form (入帮教育 …). */
export const resettlementEventFields = [
  f.select('type', '事件类型', resettlementEventOptions, { required: true }),
  f.date('date', '日期', { required: true, initial: 'today' }),
  f.text('result', '结果', { max: 200 }),
  f.textarea('note', '备注', { max: 2000 }),
];

export const resettlement = defineRegister({
  key: 'resettlement',
  table: 'resettlement_subject',
  title: '安置帮教对象花名册',
  noun: '安置帮教对象',
  group: '名册',
  dateField: 'release_date',
  summaryField: 'name',
  defaultSort: { key: 'term_end', order: 'asc' },
  fields: [
    ...registrationFields(),
    f.text('name', '姓名', { required: true, list: true, search: true, max: 50, section: '基本情况' }),
    f.idcard('id_number', '身份证号', {
      search: true,
      fills: { birthDate: 'birth_date', sex: 'sex' },
      section: '基本情况',
    }),
    f.select('sex', '性别', sexes, { required: true, list: true, section: '基本情况' }),
    f.select('ethnicity', '民族', ethnicities, { initial: '汉族', section: '基本情况' }),
    f.date('birth_date', '出生日期', { section: '基本情况' }),
    f.select('education', '文化程度', educationLevels, { section: '基本情况' }),
    f.text('household_address', '户籍地', { max: 200, section: '基本情况' }),
    f.text('residence', '居住地', { max: 200, search: true, section: '基本情况' }),
    f.phone('phone', '联系电话', { search: true, section: '基本情况' }),
    f.select('category', '人员类别', resettlementCategories, {
      required: true,
      list: true,
      filter: true,
      section: '释放与衔接',
      hint: '刑满释放帮教期 5 年，解除社区矫正 3 年',
    }),
    f.text('crime', '罪名', { required: true, list: true, search: true, max: 100, section: '释放与衔接' }),
    f.text('sentence', '原判刑罚', { max: 100, section: '释放与衔接', hint: '如“有期徒刑三年”' }),
    f.date('release_date', '释放（解矫）日期', {
      required: true,
      list: true,
      section: '释放与衔接',
      hint: '帮教期自这一天起算',
    }),
    f.text('release_authority', '释放机关', {
      max: 100,
      section: '释放与衔接',
      hint: '监狱、看守所或社区矫正机构的名称',
    }),
    f.date('notice_date', '收到预释放名单日期', {
      section: '释放与衔接',
      hint: '1 个月内（重点对象 5 个工作日内）向监狱反馈',
    }),
    f.date('handover_date', '衔接日期', { section: '释放与衔接', hint: '向监狱反馈衔接之日' }),
    f.bool('must_receive', '是否必接必送', { section: '释放与衔接' }),
    f.date('report_date', '报到日期', { section: '报到与帮教', hint: '当日谈话、签帮教协议、入帮教育' }),
    f.date('agreement_date', '帮教协议签订日期', { section: '报到与帮教' }),
    f.bool('agreement_refused', '拒签帮教协议', {
      section: '报到与帮教',
      hint: '拒签的在《帮教协议书》注明，并通报户籍地公安机关',
    }),
    f.date('file_date', '建档日期', {
      section: '报到与帮教',
      hint: '录入基本信息、建立一人一档之日（报到后 5 个工作日内）',
    }),
    f.select('support_type', '帮教类别', supportTypes, {
      required: true,
      list: true,
      filter: true,
      initial: '一般',
      section: '报到与帮教',
    }),
    f.select('adaptation_level', '社会适应指数等级', adaptationLevels, {
      list: true,
      filter: true,
      section: '报到与帮教',
      hint: '低指数（红）每 3 个月评估一次，中（黄）、高（绿）每半年；有评估记录的，保存时取最近一次评估后的等级',
    }),
    f.textarea('team', '帮教小组成员 / 责任人', {
      max: 1000,
      search: true,
      section: '报到与帮教',
      hint: '至少一人：司法所工作人员、村（居）干部、网格员、亲属、志愿者',
    }),
    f.select('separation', '人户分离', householdSeparations, { initial: '否', section: '人户分离' }),
    f.text('separation_office', '委托（受委托）司法所', { max: 100, section: '人户分离' }),
    f.date('entrust_date', '委托日期', { section: '人户分离', hint: '受委托的，填收到委托之日；10 个工作日内答复' }),
    f.date('entrust_reply_date', '答复日期', { section: '人户分离' }),
    f.select('placement', '安置情况', placements, { list: false, section: '安置帮扶' }),
    f.multiselect('placement_measures', '帮扶措施', supportMeasures, { section: '安置帮扶' }),
    f.date('term_end', '帮教期满日期', {
      generated: true,
      list: true,
      filter: true,
      section: '帮教期',
      hint: '释放（解矫）日期 + 5 年（解除社区矫正 3 年）− 1 日，保存时计算',
    }),
    f.select('state', '当前状态', resettlementStates, {
      required: true,
      list: true,
      filter: true,
      initial: IN_SUPPORT_STATE,
      section: '帮教期',
    }),
    f.date('end_date', '解除日期', { section: '帮教期' }),
    f.select('end_manner', '解除方式', labels('期满解除', '提前撤销'), { section: '帮教期' }),
    f.textarea('revoke_reason', '提前撤销原因', { max: 1000, section: '帮教期' }),
    f.entries('visits', '走访', 'resettlementVisit', visitFields, { section: '走访', max: 500 }),
    f.entries('assessments', '评估', 'assessment', assessmentFields, { section: '评估', max: 200 }),
    f.entries('helps', '帮扶', 'help', helpFields, { section: '帮扶', max: 200 }),
    f.entries('police_notices', '通报列管', 'policeNotice', policeNoticeFields, { section: '通报列管', max: 50 }),
    f.entries('events', '事件记录', EVENT_KIND, resettlementEventFields, { section: '事件记录', max: 1000 }),
    remarkField(),
  ],
  computed: [
    {
      key: 'support_years',
      label: '帮教期',
      compute: (row) => {
        const years = supportYears(row['category']);
        return years === null ? null : `${years}年`;
      },
    },
    {
      key: 'archive_retention',
      label: '档案保存期',
      compute: (row) => archiveRetention(row['support_type'], row['term_end']),
    },
  ],
  rules: [
    { kind: 'dateOrder', earlier: 'notice_date', later: 'handover_date' },
    { kind: 'dateOrder', earlier: 'release_date', later: 'end_date' },
    { kind: 'dateOrder', earlier: 'report_date', later: 'file_date' },
    { kind: 'dateOrder', earlier: 'entrust_date', later: 'entrust_reply_date' },
  ],
});
