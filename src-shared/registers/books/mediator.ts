import { educationLevels, ethnicities, labels, politicalStatuses, sexes } from '../../codes';
import { ageOn } from '../../dates';
import { defineRegister, f, registrationFields, remarkField } from '../fields';

/** docs/spec/formats.md §6.1 人民调解员花名册 */
export const mediator = defineRegister({
  key: 'mediator',
  table: 'mediator',
  title: '人民调解员花名册',
  noun: '人民调解员',
  group: '名册',
  dateField: 'registered_on',
  summaryField: 'name',
  defaultSort: { key: 'name', order: 'asc' },
  fields: [
    ...registrationFields(),
    f.committee('committee_id', '所属调委会', { required: true, list: true, filter: true, section: '基本情况' }),
    f.text('name', '姓名', { required: true, list: true, search: true, max: 50, section: '基本情况' }),
    f.idcard('id_number', '身份证号', {
      search: true,
      fills: { birthDate: 'birth_date', sex: 'sex' },
      section: '基本情况',
    }),
    f.select('sex', '性别', sexes, { required: true, list: true, filter: true, section: '基本情况' }),
    f.select('ethnicity', '民族', ethnicities, { initial: '汉族', section: '基本情况' }),
    f.date('birth_date', '出生日期', { section: '基本情况' }),
    f.select('political_status', '政治面貌', politicalStatuses, { list: true, filter: true, section: '基本情况' }),
    f.select('education', '文化程度', educationLevels, { section: '基本情况' }),
    f.phone('phone', '联系电话', { list: true, search: true, section: '基本情况' }),
    f.select('position', '调委会职务', labels('主任', '副主任', '委员', '调解员'), {
      required: true,
      list: true,
      filter: true,
      section: '任职',
    }),
    f.select('employment', '专职 / 兼职', labels('专职', '兼职'), { list: true, filter: true, section: '任职' }),
    f.text('work_unit', '现工作单位及职务', { max: 100, search: true, section: '任职', hint: '如村主任、退休教师' }),
    f.select('selection', '产生方式', labels('推选', '聘任'), { section: '任职' }),
    f.date('appointed_on', '任职（聘任）日期', { section: '任职' }),
    f.date('term_end', '任期届满', { list: true, section: '任职' }),
    f.textarea('training', '参加培训情况', { max: 2000, section: '任职' }),
    remarkField(),
  ],
  computed: [
    {
      key: 'age',
      label: '年龄',
      list: true,
      compute: (row, today) => (typeof row['birth_date'] === 'string' ? ageOn(row['birth_date'], today) : null),
    },
  ],
  rules: [{ kind: 'dateOrder', earlier: 'appointed_on', later: 'term_end' }],
});
