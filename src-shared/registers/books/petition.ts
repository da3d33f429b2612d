import { labels } from '../../codes';
import { defineRegister, f, registrationFields, remarkField } from '../fields';

/** docs/spec/formats.md §5.1 来信来访登记簿 */
export const petition = defineRegister({
  key: 'petition',
  table: 'petition',
  title: '来信来访登记簿',
  noun: '来信来访',
  group: '七簿',
  dateField: 'visit_date',
  summaryField: 'matter',
  defaultSort: { key: 'visit_date', order: 'desc' },
  fields: [
    ...registrationFields(),
    f.date('visit_date', '来信/来访日期', { required: true, list: true, initial: 'today', section: '来访信息' }),
    f.time('visit_time', '时间', { section: '来访信息' }),
    f.select('method', '方式', labels('来访', '来信', '来电', '网上'), {
      required: true,
      list: true,
      filter: true,
      initial: '来访',
      section: '来访信息',
    }),
    f.int('visitor_count', '来访人数', { max: 10000, initial: 1, section: '来访信息', hint: '集体访填写人数' }),
    f.parties('visitors', '来访人', 'visitor', 1, 1, {
      list: true,
      search: true,
      section: '来访人',
      hint: '集体访填写带头人',
    }),
    f.textarea('matter', '反映问题（来访事由）', {
      required: true,
      list: true,
      search: true,
      max: 2000,
      section: '来访事由',
    }),
    f.select('category', '问题类别', labels('纠纷', '咨询', '求助', '投诉', '其他'), {
      required: true,
      list: true,
      filter: true,
      section: '来访事由',
    }),
    f.textarea('statement', '来访人陈述', { search: true, max: 10000, section: '来访事由' }),
    f.staff('receiver', '接待人', { required: true, list: true, section: '处理' }),
    f.textarea('reply', '答复意见', { max: 5000, section: '处理' }),
    f.select('handling', '处理意见', labels('当场答复', '转人民调解', '转法律援助', '转交有关部门', '告知诉讼途径'), {
      list: true,
      filter: true,
      section: '处理',
    }),
    f.text('transferred_to', '转交部门', { max: 100, section: '处理' }),
    f.textarea('result', '处理结果及反馈', { search: true, max: 2000, section: '处理' }),
    f.date('feedback_date', '反馈日期', { section: '处理' }),
    f.text('linked_case_no', '转为调解案件的卷号', { search: true, max: 50, section: '处理' }),
    remarkField(),
  ],
  rules: [{ kind: 'dateOrder', earlier: 'visit_date', later: 'feedback_date' }],
});
