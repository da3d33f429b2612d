import { disputeTypes } from '../../codes';
import { defineRegister, f, registrationFields, remarkField } from '../fields';

/** docs/spec/formats.md §5.6 典型案例登记簿 (all columns 推断) */
export const typicalCase = defineRegister({
  key: 'typicalCase',
  table: 'typical_case',
  title: '典型案例登记簿',
  noun: '典型案例',
  group: '七簿',
  dateField: 'registered_on',
  summaryField: 'title',
  defaultSort: { key: 'registered_on', order: 'desc' },
  fields: [
    ...registrationFields(),
    f.text('title', '案例名称', { required: true, list: true, search: true, max: 200, section: '案例' }),
    f.text('linked_case_no', '关联卷号', { list: true, search: true, max: 50, section: '案例' }),
    f.select('dispute_type', '纠纷类型', disputeTypes, { list: true, filter: true, section: '案例' }),
    f.date('accept_date', '受理日期', { section: '案例' }),
    f.date('close_date', '结案日期', { section: '案例' }),
    f.committee('committee_id', '承办调委会', { filter: true, section: '案例' }),
    f.mediators('mediators', '调解员', { search: true, section: '案例' }),
    f.textarea('facts', '基本案情', { required: true, search: true, max: 10000, section: '内容' }),
    f.textarea('process', '调解过程（方法、技巧）', { search: true, max: 10000, section: '内容' }),
    f.textarea('result', '调解结果', { max: 5000, section: '内容' }),
    f.textarea('commentary', '案例评析 / 启示', { max: 5000, section: '内容' }),
    f.text('submitted_to', '报送单位', { list: true, max: 100, section: '报送情况' }),
    f.date('submitted_date', '报送日期', { section: '报送情况' }),
    f.bool('adopted', '是否采用', { list: true, section: '报送情况' }),
    remarkField(),
  ],
  rules: [
    { kind: 'dateOrder', earlier: 'accept_date', later: 'close_date' },
    { kind: 'dateOrder', earlier: 'close_date', later: 'submitted_date' },
  ],
});
