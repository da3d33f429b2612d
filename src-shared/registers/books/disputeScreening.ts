import { disputeTypes, labels } from '../../codes';
import { defineRegister, f, registrationFields, remarkField } from '../fields';

/** docs/spec/formats.md §5.5 矛盾纠纷排查登记簿 */
export const disputeScreening = defineRegister({
  key: 'disputeScreening',
  table: 'dispute_screening',
  title: '矛盾纠纷排查登记簿',
  noun: '矛盾纠纷排查',
  group: '七簿',
  dateField: 'screening_date',
  summaryField: 'scope',
  defaultSort: { key: 'screening_date', order: 'desc' },
  fields: [
    ...registrationFields(),
    f.date('screening_date', '排查日期', { required: true, list: true, initial: 'today', section: '排查' }),
    f.text('scope', '排查范围 / 地点', {
      required: true,
      list: true,
      search: true,
      max: 100,
      section: '排查',
      hint: '村（社区）',
    }),
    f.text('screeners', '排查人', { list: true, search: true, max: 100, section: '排查' }),
    f.bool('zero_report', '零报告（本次排查未发现纠纷）', { section: '排查' }),
    f.parties('parties', '纠纷当事人', 'party', 0, 20, { list: true, search: true, section: '纠纷当事人' }),
    f.select('dispute_type', '纠纷类型', disputeTypes, { list: true, filter: true, section: '纠纷情况' }),
    f.textarea('summary', '纠纷简要情况', { search: true, max: 5000, section: '纠纷情况' }),
    f.int('person_count', '涉及人数', { max: 100000, section: '纠纷情况' }),
    f.money('amount', '涉及金额（元）', { section: '纠纷情况' }),
    f.select('risk_level', '风险等级', labels('一般', '较大', '重大'), {
      list: true,
      filter: true,
      section: '风险与稳控',
    }),
    f.multiselect('risk_flags', '可能激化', labels('可能引起自杀', '可能民转刑', '可能群体性上访', '可能群体性械斗'), {
      section: '风险与稳控',
    }),
    f.textarea('measures', '稳控措施', { max: 2000, section: '风险与稳控' }),
    f.text('responsible_unit', '化解责任单位', { max: 100, section: '风险与稳控' }),
    f.text('responsible_person', '责任人', { max: 50, search: true, section: '风险与稳控' }),
    f.date('deadline', '化解期限', { section: '化解' }),
    f.select('resolution', '化解情况', labels('已调解', '已预防', '移交', '正在化解'), {
      list: true,
      filter: true,
      section: '化解',
    }),
    f.text('linked_case_no', '关联案件卷号', { max: 50, search: true, section: '化解' }),
    f.date('resolved_date', '办结日期', { section: '化解' }),
    remarkField(),
  ],
  rules: [
    { kind: 'dateOrder', earlier: 'screening_date', later: 'resolved_date' },
    { kind: 'dateOrder', earlier: 'screening_date', later: 'deadline' },
  ],
});
