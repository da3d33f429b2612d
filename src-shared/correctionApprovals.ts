// docs/spec/formats.md §13 社区矫正审批事项: one row per kind of matter the office fills a 审批表 for and sends to the
// county's 社区矫正机构. This table drives the entry form (which detail fields a type shows), the Word forms (title,
// detail labels, 依据), the 公示 and the deadline rules (the event a type starts): nothing else branches on a type.

import { labels } from './codes';

/** The 事项 types, in the order the handbook (seeds 002 四(五)(7)–(17)) names them. */
export const approvalTypes = [
  '外出（七日以内）',
  '外出（七日以上）',
  '外出延期',
  '经常性跨市县活动',
  '会客',
  '迁居',
  '执行地变更',
  '进入特定区域（场所）',
  '使用电子定位装置',
  '延长使用电子定位装置',
  '免予集中教育',
  '表扬',
  '训诫',
  '警告',
  '提请治安管理处罚',
  '提请减刑',
  '提请撤销缓刑',
  '提请逮捕',
] as const;
export type ApprovalType = (typeof approvalTypes)[number];

/** The detail fields of an 审批事项 entry (correctionSubject's `approvals`); which of them a type shows is below. */
export type ApprovalDetail =
  | 'reason'
  | 'destination'
  | 'away_from'
  | 'away_to'
  | 'visitor'
  | 'meet_time'
  | 'meet_place'
  | 'new_residence'
  | 'area'
  | 'device_term'
  | 'materials'
  | 'facts'
  | 'legal_basis';

export interface ApprovalTypeDef {
  /** The form's title as the handbook names it (《》 left off). */
  readonly form: string;
  /** The detail fields this type asks for, in the form's order. */
  readonly details: readonly ApprovalDetail[];
  /** What its 事由 (reason) or 事实 (facts) is called on this type's form, when not the field's own label. */
  readonly labels?: Partial<Record<ApprovalDetail, string>>;
  /** 依据 prefilled into legal_basis (实施办法的条文), for 奖惩 and 刑事执行变更. */
  readonly basis?: string;
  /** After 批准 (裁定) the office posts a 公示 for five working days (docs/spec/deadlines.md CC-13 and the handbook). */
  readonly publicNotice: boolean;
  /** 奖惩 (表扬 / 训诫 / 警告 …): counted in the monthly return's 工作情况. */
  readonly sanction: boolean;
  /** 审核表 (刑事执行变更, the court decides) rather than 审批表: its 县级 decision is called 审核意见. */
  readonly review: boolean;
}

const away: Pick<ApprovalTypeDef, 'details' | 'labels'> = {
  details: ['reason', 'destination', 'away_from', 'away_to'],
  labels: { reason: '外出事由' },
};
const sanction = (form: string, basis: string, facts: string): ApprovalTypeDef => ({
  form,
  details: ['facts', 'legal_basis'],
  labels: { facts },
  basis,
  publicNotice: true,
  sanction: true,
  review: false,
});
const sentenceChange = (form: string, basis: string, publicNotice: boolean, facts: string): ApprovalTypeDef => ({
  form,
  details: ['facts', 'legal_basis'],
  labels: { facts },
  basis,
  publicNotice,
  sanction: false,
  review: true,
});

export const approvalTypeDefs: { readonly [T in ApprovalType]: ApprovalTypeDef } = {
  '外出（七日以内）': { form: '社区矫正对象外出审批表', ...away, publicNotice: true, sanction: false, review: false },
  '外出（七日以上）': { form: '社区矫正对象外出审批表', ...away, publicNotice: true, sanction: false, review: false },
  外出延期: {
    form: '社区矫正对象外出审批表',
    details: ['reason', 'destination', 'away_from', 'away_to'],
    labels: { reason: '延期事由', away_to: '延期至' },
    publicNotice: true,
    sanction: false,
    review: false,
  },
  经常性跨市县活动: {
    form: '社区矫正对象经常性跨市、县活动审批表',
    details: ['reason', 'destination', 'away_from', 'away_to', 'materials'],
    labels: { reason: '活动事由', destination: '活动地点' },
    publicNotice: true,
    sanction: false,
    review: false,
  },
  会客: {
    form: '社区矫正对象会客审批表',
    details: ['visitor', 'reason', 'meet_time', 'meet_place', 'materials'],
    labels: { reason: '会客事由' },
    publicNotice: false,
    sanction: false,
    review: false,
  },
  迁居: {
    form: '社区矫正对象迁居审批表',
    details: ['new_residence', 'reason', 'materials'],
    labels: { reason: '迁居原因', new_residence: '迁入地址' },
    publicNotice: true,
    sanction: false,
    review: false,
  },
  执行地变更: {
    form: '社区矫正对象执行地变更审批表',
    details: ['new_residence', 'reason', 'materials'],
    labels: { reason: '变更原因' },
    publicNotice: true,
    sanction: false,
    review: false,
  },
  '进入特定区域（场所）': {
    form: '社区矫正对象进入特定区域（场所）审批表',
    details: ['area', 'reason', 'away_from', 'away_to', 'materials'],
    labels: { reason: '进入事由' },
    publicNotice: true,
    sanction: false,
    review: false,
  },
  使用电子定位装置: {
    form: '社区矫正使用电子定位装置审批表',
    details: ['reason', 'device_term'],
    labels: { reason: '使用理由' },
    publicNotice: false,
    sanction: false,
    review: false,
  },
  延长使用电子定位装置: {
    form: '社区矫正使用电子定位装置审批表',
    details: ['reason', 'device_term'],
    labels: { reason: '延长理由', device_term: '延长期限' },
    publicNotice: false,
    sanction: false,
    review: false,
  },
  免予集中教育: {
    form: '社区矫正对象免予集中教育审批表',
    details: ['reason', 'materials'],
    labels: { reason: '申请原因' },
    publicNotice: false,
    sanction: false,
    review: false,
  },
  表扬: sanction('社区矫正表扬审批表', '《中华人民共和国社区矫正法实施办法》第三十三条', '表现事实'),
  训诫: sanction('社区矫正训诫审批表', '《中华人民共和国社区矫正法实施办法》第三十四条', '违规事实'),
  警告: sanction('社区矫正警告审批表', '《中华人民共和国社区矫正法实施办法》第三十五条', '违规事实'),
  提请治安管理处罚: sanction(
    '提请治安管理处罚审批表',
    '《中华人民共和国治安管理处罚法》、《中华人民共和国社区矫正法实施办法》第三十六条',
    '违法事实',
  ),
  提请减刑: sentenceChange(
    '提请减刑审核表',
    '《中华人民共和国刑法》、《中华人民共和国社区矫正法实施办法》第四十二条',
    true,
    '悔改或立功表现',
  ),
  提请撤销缓刑: sentenceChange(
    '提请撤销缓刑审核表',
    '《中华人民共和国刑法》、《中华人民共和国社区矫正法实施办法》第四十六条',
    true,
    '违法违规事实',
  ),
  提请逮捕: sentenceChange(
    '提请逮捕审核表',
    '《中华人民共和国社区矫正法》第四十七条、《中华人民共和国社区矫正法实施办法》第四十八条',
    false,
    '提请逮捕的事实和理由',
  ),
};

/** The types a detail field is shown for (the entry form's `shownFor`). */
export function typesShowing(detail: ApprovalDetail): ApprovalType[] {
  return approvalTypes.filter((type) => approvalTypeDefs[type].details.includes(detail));
}

/** The types whose approval is posted for five working days. */
export const noticeTypes: readonly ApprovalType[] = approvalTypes.filter((t) => approvalTypeDefs[t].publicNotice);

export const approvalTypeOptions = labels(...approvalTypes);
export const officeOpinions = labels('同意', '不同意');
/** 县级社区矫正机构's decision; a 审核表's is the court's 裁定 as the county reports it back. */
export const countyDecisions = labels('批准', '不批准');
export const APPROVED = '批准';

/** 公示 lasts five working days, the first being the day it is posted (docs/spec/deadlines.md CC-13). */
export const NOTICE_WORKING_DAYS = 5;

/** The four aspects of the monthly 考核 (seeds 002 四(五)(15)), each graded on this scale. */
export const assessmentAspectOptions = labels('好', '较好', '一般', '差');
/** 考核结果 a new ledger offers; the office sets its own in 设置 (settings.assessmentGrades). */
export const DEFAULT_ASSESSMENT_GRADES = ['合格', '基本合格', '不合格'] as const;
export const DEFAULT_FAILING_GRADES = ['不合格'] as const;
