import {
  labels,
  correctionCategories,
  correctionStates,
  educationLevels,
  ethnicities,
  sexes,
  SERVING_STATE,
  supervisionLevels,
} from '../../codes';
import {
  approvalTypeOptions,
  assessmentAspectOptions,
  countyDecisions,
  officeOpinions,
  typesShowing,
  type ApprovalDetail,
} from '../../correctionApprovals';
import { daysBetween } from '../../dates';
import { correctionEventOptions, EVENT_KIND } from '../../events';
import { defineRegister, f, registrationFields, remarkField } from '../fields';

/** §7 社区矫正实地查访情况登记表, one per visit. */
const fieldVisitFields = [
  f.date('date', '查访日期', { required: true, initial: 'today' }),
  f.time('time', '查访时间'),
  f.select('place', '查访场所', labels('家庭', '工作单位', '就读学校', '居住社区'), { required: true }),
  f.names('staff', '工作人员', { minItems: 2, hint: '查访小组，二人以上' }),
  f.select('reason', '走访事由', labels('例行查访', '重点时期', '核实请假外出', '核实异常情况', '其他'), {
    required: true,
  }),
  f.text('interviewee', '被访人', { max: 50 }),
  f.text('relation', '与对象关系', { max: 50 }),
  f.textarea('situation', '查访情况记录', { required: true, max: 10000 }),
  f.textarea('opinion', '走访意见（处理意见）', { max: 2000 }),
];

/** Where a detail field of an 审批事项 shows: for the types whose form asks for it (correctionApprovals.ts). */
const shown = (detail: ApprovalDetail) => ({ shownFor: { field: 'type', values: typesShowing(detail) } });

/**
 * §13 审批事项, one per matter sent to the county: its `date` is the day the office received the application (or, for
 * 奖惩 and 提请, the day it began the form), which starts the type's deadline; its own later dates complete them
 * (src-shared/eventFields.ts). The 县级机构决定 is `result`, as an event's 结果 is.
 */
const approvalFields = [
  f.select('type', '事项类型', approvalTypeOptions, { required: true }),
  f.date('date', '收到申请日期', { required: true, initial: 'today', hint: '奖惩、提请类填写司法所开始填表的日期' }),
  f.textarea('reason', '事由', { max: 2000, ...shown('reason') }),
  f.textarea('facts', '事实', { max: 5000, ...shown('facts'), hint: '表现或违规（违法）事实' }),
  f.text('legal_basis', '依据', { max: 200, span: 8, ...shown('legal_basis') }),
  f.text('destination', '目的地', { max: 200, ...shown('destination') }),
  f.date('away_from', '起始日期', shown('away_from')),
  f.date('away_to', '结束日期', shown('away_to')),
  f.text('visitor', '会客对象', { max: 200, ...shown('visitor'), hint: '姓名及与本人案件的关系' }),
  f.text('meet_time', '会客时间', { max: 100, ...shown('meet_time') }),
  f.text('meet_place', '会客地点', { max: 200, ...shown('meet_place') }),
  f.text('new_residence', '新执行地', { max: 200, ...shown('new_residence') }),
  f.text('area', '特定区域（场所）', { max: 200, ...shown('area') }),
  f.text('device_term', '使用期限', { max: 100, ...shown('device_term'), hint: '如“三个月”' }),
  f.textarea('materials', '证明材料', { max: 1000, ...shown('materials') }),
  f.select('office_opinion', '司法所意见', officeOpinions),
  f.textarea('opinion_text', '意见（理由）', { max: 2000 }),
  f.date('submit_date', '报送县级机构日期'),
  f.select('result', '县级机构决定', countyDecisions),
  f.date('decision_date', '决定日期'),
  f.date('notice_start', '公示开始日期', { hint: '批准后在司法所公示五个工作日' }),
  f.date('notice_end', '公示结束日期', { hint: '按工作日历自动算出' }),
  f.date('inform_date', '告知本人日期', { hint: '制发《社区矫正事项审批告知书》的日期' }),
  f.textarea('note', '备注', { max: 1000 }),
];

/** §13 月度考核: one per person per month, graded on the office's scale (设置 › 考核结果). */
const monthlyAssessmentFields = [
  f.text('month', '考核月份', { required: true, max: 10, yearMonth: true, hint: '如 2026-11' }),
  f.date('date', '考核日期', { required: true, initial: 'today' }),
  f.select('remorse', '认罪悔罪', assessmentAspectOptions),
  f.select('compliance', '遵守规定', assessmentAspectOptions),
  f.select('supervision', '服从监管', assessmentAspectOptions),
  f.select('education', '接受教育', assessmentAspectOptions),
  f.text('result', '考核结果', { required: true, max: 20, suggestFrom: 'assessmentGrades' }),
  f.date('notified_date', '书面通知本人日期'),
  f.textarea('note', '备注', { max: 1000 }),
];

/** §13 期满鉴定 (CC-15): one, from thirty days before the end of the term. */
const appraisalFields = [
  f.date('date', '鉴定日期', { required: true, initial: 'today' }),
  f.textarea('self_summary', '个人总结', { max: 5000 }),
  f.textarea('performance', '矫正期间表现', { max: 5000, hint: '考核、奖惩、实地查访情况' }),
  f.textarea('opinion', '司法所鉴定意见', { max: 2000 }),
];

/** 事件记录: what the deadline rules (docs/spec/deadlines.md §A) trigger on and are completed by. */
export const correctionEventFields = [
  f.select('type', '事件类型', correctionEventOptions, { required: true }),
  f.date('date', '日期', { required: true, initial: 'today' }),
  f.text('result', '结果', { max: 200, hint: '如谈话、教育、告知的情况' }),
  f.textarea('note', '备注', { max: 2000 }),
];

/** docs/spec/formats.md §6.2 社区矫正对象花名册 */
export const correctionSubject = defineRegister({
  key: 'correctionSubject',
  table: 'correction_subject',
  title: '社区矫正对象花名册',
  noun: '社区矫正对象',
  group: '名册',
  dateField: 'start_date',
  summaryField: 'name',
  defaultSort: { key: 'end_date', order: 'asc' },
  fields: [
    ...registrationFields(),
    f.text('subject_no', '社区矫正对象编号', { list: true, search: true, max: 50, section: '基本情况' }),
    f.text('name', '姓名', { required: true, list: true, search: true, max: 50, section: '基本情况' }),
    f.idcard('id_number', '身份证号', {
      search: true,
      fills: { birthDate: 'birth_date', sex: 'sex' },
      section: '基本情况',
    }),
    f.select('sex', '性别', sexes, { required: true, list: true, filter: true, section: '基本情况' }),
    f.select('ethnicity', '民族', ethnicities, { initial: '汉族', section: '基本情况' }),
    f.date('birth_date', '出生日期', { section: '基本情况' }),
    f.select('education', '文化程度', educationLevels, { section: '基本情况' }),
    f.text('household_address', '户籍地', { max: 200, section: '基本情况' }),
    f.text('residence', '居住地（执行地）', { max: 200, search: true, section: '基本情况' }),
    f.phone('phone', '联系电话', { search: true, section: '基本情况' }),
    f.text('crime', '罪名', { required: true, list: true, search: true, max: 100, section: '判决' }),
    f.text('sentence', '原判刑罚 / 刑期', {
      required: true,
      max: 100,
      section: '判决',
      hint: '如“有期徒刑一年，缓刑二年”',
    }),
    f.text('supplementary', '附加刑 / 禁止令', { max: 200, section: '判决' }),
    f.text('judgment_authority', '判决（决定）机关', { max: 100, section: '判决' }),
    f.date('judgment_date', '判决（决定）日期', { section: '判决' }),
    f.select('category', '矫正类别', correctionCategories, {
      required: true,
      list: true,
      filter: true,
      section: '矫正',
    }),
    f.text('term', '矫正期限', { max: 50, section: '矫正', hint: '如“二年”' }),
    f.date('start_date', '矫正起始日期', { required: true, list: true, section: '矫正' }),
    f.date('end_date', '矫正终止日期', { required: true, list: true, section: '矫正' }),
    f.date('report_date', '报到（接收）日期', { section: '矫正' }),
    f.select('supervision_level', '管理等级', supervisionLevels, { list: true, filter: true, section: '矫正' }),
    f.textarea('team', '矫正小组成员 / 责任人', { max: 1000, search: true, section: '矫正' }),
    f.bool('recidivist', '是否累犯、惯犯', { section: '矫正' }),
    f.date('ban_end_date', '禁止令期满日期', {
      section: '判决',
      hint: '有禁止令的填写，期满当日提醒书面告知本人',
    }),
    f.select('state', '当前状态', correctionStates, {
      required: true,
      list: true,
      filter: true,
      initial: SERVING_STATE,
      section: '矫正',
    }),
    f.entries('field_visits', '实地查访', 'fieldVisit', fieldVisitFields, { section: '实地查访', max: 500 }),
    f.entries('approvals', '审批事项', 'approval', approvalFields, { section: '审批事项', max: 500 }),
    f.entries('assessments', '月度考核', 'monthlyAssessment', monthlyAssessmentFields, {
      section: '月度考核',
      max: 600,
    }),
    f.entries('appraisal', '期满鉴定', 'appraisal', appraisalFields, { section: '期满鉴定', max: 1 }),
    f.entries('events', '事件记录', EVENT_KIND, correctionEventFields, { section: '事件记录', max: 1000 }),
    remarkField(),
  ],
  computed: [
    {
      key: 'remaining_days',
      label: '剩余矫正天数',
      list: true,
      // Only someone still under correction has days left; the count includes today.
      compute: (row, today) => {
        const end = row['end_date'];
        if (row['state'] !== SERVING_STATE || typeof end !== 'string') return null;
        return Math.max(0, daysBetween(today, end));
      },
    },
  ],
  rules: [
    { kind: 'dateOrder', earlier: 'start_date', later: 'end_date' },
    { kind: 'dateOrder', earlier: 'judgment_date', later: 'start_date' },
  ],
});
