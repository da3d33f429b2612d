import { labels } from '../../codes';
import { defineRegister, f, registrationFields, remarkField } from '../fields';

/** docs/spec/formats.md §5.3 法制宣传登记簿 */
export const legalPublicity = defineRegister({
  key: 'legalPublicity',
  table: 'legal_publicity',
  title: '法制宣传登记簿',
  noun: '法制宣传活动',
  group: '七簿',
  dateField: 'activity_date',
  summaryField: 'theme',
  defaultSort: { key: 'activity_date', order: 'desc' },
  fields: [
    ...registrationFields(),
    f.date('activity_date', '活动日期', { required: true, list: true, initial: 'today', section: '活动' }),
    f.text('location', '地点', { required: true, list: true, search: true, max: 100, section: '活动' }),
    f.text('theme', '主题', {
      required: true,
      list: true,
      search: true,
      max: 200,
      section: '活动',
      hint: '如“12·4”国家宪法日',
    }),
    f.multiselect('forms', '形式', labels('摆摊咨询', '讲座', '法治文艺', '入户', '新媒体', '横幅展板'), {
      required: true,
      list: true,
      filter: true,
      section: '活动',
    }),
    f.multiselect(
      'audiences',
      '针对人群',
      labels('村民', '青少年', '老年人', '外出务工人员', '社区矫正对象', '妇女', '其他'),
      {
        filter: true,
        section: '活动',
      },
    ),
    f.text('organizer', '组织单位', { max: 100, section: '单位与人员', hint: '默认本司法所' }),
    f.text('co_organizers', '联合单位', { max: 200, search: true, section: '单位与人员' }),
    f.text('speaker', '宣讲人', { max: 100, search: true, section: '单位与人员' }),
    f.int('audience_count', '参加人数（受众人数）', { list: true, max: 1000000, section: '数量' }),
    f.int('materials_count', '发放资料（份）', { list: true, max: 1000000, section: '数量' }),
    f.int('consultations', '接受咨询（人次）', { max: 1000000, section: '数量' }),
    f.int('banners', '悬挂横幅（条）', { max: 10000, section: '数量' }),
    f.int('boards', '展板（块）', { max: 10000, section: '数量' }),
    f.textarea('content', '主要内容', { search: true, max: 5000, section: '内容' }),
    f.text('photos', '照片附件', { max: 200, section: '内容', hint: '照片存放位置或说明' }),
    remarkField(),
  ],
});
