import { labels } from '../../codes';
import { defineRegister, f, registrationFields, remarkField } from '../fields';

/** docs/spec/formats.md §5.7 法律援助登记簿: the office receives and transfers; the county centre decides. */
export const legalAid = defineRegister({
  key: 'legalAid',
  table: 'legal_aid',
  title: '法律援助登记簿',
  noun: '法律援助',
  group: '七簿',
  dateField: 'receive_date',
  summaryField: 'matter_category',
  defaultSort: { key: 'receive_date', order: 'desc' },
  fields: [
    ...registrationFields(),
    f.date('receive_date', '接待日期', { required: true, list: true, initial: 'today', section: '接待' }),
    f.staff('receiver', '接待人', { required: true, list: true, section: '接待' }),
    f.parties('applicants', '申请人', 'applicant', 1, 1, { list: true, search: true, section: '申请人' }),
    f.multiselect('groups', '人群类别', labels('老年人', '残疾人', '未成年人', '妇女', '农民工', '军人军属', '其他'), {
      filter: true,
      section: '申请人',
    }),
    f.select(
      'matter_category',
      '事项类别（案由）',
      labels('婚姻家庭', '赡养抚养扶养', '劳动报酬', '工伤', '交通事故', '医疗', '其他'),
      {
        required: true,
        list: true,
        filter: true,
        section: '申请事项',
      },
    ),
    f.textarea('matter', '申请事项及简要案情', { search: true, max: 5000, section: '申请事项' }),
    f.select('aid_form', '援助形式', labels('法律咨询', '代拟文书', '诉讼代理', '非诉讼代理', '刑事辩护'), {
      list: true,
      filter: true,
      section: '申请事项',
    }),
    f.select('hardship', '经济困难情况', labels('免予核查', '诚信承诺', '证明材料'), { section: '申请事项' }),
    f.select('handling', '处理方式', labels('当场解答', '转交法律援助中心', '不符合条件告知'), {
      required: true,
      list: true,
      filter: true,
      section: '处理',
    }),
    f.date('transfer_date', '转交日期', { section: '处理' }),
    f.text('handler', '承办人（律师或法律服务工作者）', { search: true, max: 50, section: '处理' }),
    f.textarea('outcome', '办理结果', { max: 2000, section: '处理' }),
    remarkField(),
  ],
  rules: [{ kind: 'dateOrder', earlier: 'receive_date', later: 'transfer_date' }],
});
