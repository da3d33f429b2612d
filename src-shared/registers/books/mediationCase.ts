import { agreementForms, caseSources, disputeTypes, mediationResults, performanceStates } from '../../codes';
import { commonFields, f } from '../fields';
import type { RegisterDef } from '../types';

const flag = (key: string, label: string) => [
  f.bool(key, label, { section: '防止激化', span: 6 }),
  f.int(`${key}_persons`, `${label}（涉及人数）`, { max: 100000, section: '防止激化', span: 6 }),
];

/** formats.md §5.4 人民调解收结案登记簿: the source of the monthly mediation return. */
export const mediationCase: RegisterDef = {
  key: 'mediationCase',
  table: 'mediation_case',
  title: '人民调解收结案登记簿',
  group: '七簿',
  dateField: 'accept_date',
  summaryField: 'case_no',
  defaultSort: { key: 'accept_date', order: 'desc' },
  fields: [
    f.text('case_no', '卷号', { generated: true, list: true, search: true, section: '受理', hint: '保存时按年度自动编号' }),
    f.committee('committee_id', '承办调委会', { required: true, list: true, filter: true, section: '受理' }),
    f.date('accept_date', '受理日期', { required: true, list: true, initial: 'today', section: '受理' }),
    f.select('dispute_type', '纠纷类型', disputeTypes, { required: true, list: true, filter: true, section: '受理' }),
    f.select('case_source', '案件来源', caseSources, { required: true, filter: true, section: '受理' }),
    f.mediators('mediators', '人民调解员', { list: true, search: true, section: '受理' }),
    f.parties('applicants', '申请人', 'applicant', 1, 20, { list: true, search: true, section: '申请人' }),
    f.parties('respondents', '被申请人', 'respondent', 1, 20, { list: true, search: true, section: '被申请人' }),
    f.textarea('summary', '纠纷简要情况', { required: true, search: true, max: 5000, section: '纠纷情况' }),
    f.int('party_count', '涉及当事人数', { max: 100000, section: '纠纷情况', hint: '不填则按申请人和被申请人人数计' }),
    f.bool('difficult', '疑难复杂', { section: '纠纷情况' }),
    f.select('result', '调解结果', mediationResults, { list: true, filter: true, section: '结案' }),
    f.select('agreement_form', '协议形式', agreementForms, { filter: true, section: '结案' }),
    f.money('agreement_amount', '协议涉及金额（元）', { list: true, section: '结案' }),
    f.date('close_date', '结案日期', { list: true, section: '结案' }),
    f.select('performance', '履行情况', performanceStates, { filter: true, section: '结案' }),
    f.bool('judicial_confirmation', '司法确认', { section: '结案' }),
    f.date('revisit_date', '回访日期', { section: '结案' }),
    ...flag('prevent_suicide', '防止民间纠纷引起自杀'),
    ...flag('prevent_criminal', '防止民间纠纷转化为刑事案件'),
    ...flag('prevent_petition', '防止群体性上访'),
    ...flag('prevent_fight', '防止群体性械斗'),
    ...commonFields(),
  ],
  rules: [
    { kind: 'dateOrder', earlier: 'accept_date', later: 'close_date' },
    { kind: 'dateOrder', earlier: 'close_date', later: 'revisit_date' },
    { kind: 'dateOrder', earlier: 'accept_date', later: 'revisit_date' },
  ],
};
