import { labels } from '../../codes';
import { defineRegister, f, registrationFields, remarkField } from '../fields';

/**
 * 工作信息报送登记 (not one of the 七簿二册): what the office sent upward as 工作信息 / 一句话新闻, so the monthly
 * quota of docs/spec/deadlines.md MR-03 (“每所每月至少上报信息2条”) can be counted. Columns are 推断.
 */
export const workInfo = defineRegister({
  key: 'workInfo',
  table: 'work_info',
  title: '工作信息报送登记',
  noun: '工作信息',
  group: '报送',
  dateField: 'submitted_on',
  summaryField: 'title',
  defaultSort: { key: 'submitted_on', order: 'desc' },
  fields: [
    ...registrationFields(),
    f.date('submitted_on', '报送日期', { required: true, list: true, initial: 'today', section: '报送' }),
    f.text('title', '标题', { required: true, list: true, search: true, max: 200, section: '报送' }),
    f.select('kind', '信息类别', labels('工作信息', '一句话新闻', '简报', '其他'), {
      required: true,
      list: true,
      filter: true,
      initial: '工作信息',
      section: '报送',
    }),
    f.text('submitted_to', '报送去向 / 平台', {
      required: true,
      list: true,
      search: true,
      max: 100,
      section: '报送',
      hint: '如“县司法局办公室”“司法行政网上管理平台”',
    }),
    f.select('adoption', '采用情况', labels('待反馈', '已采用', '未采用'), {
      list: true,
      filter: true,
      initial: '待反馈',
      section: '采用',
    }),
    f.text('adopted_by', '采用单位 / 刊物', { max: 100, search: true, section: '采用' }),
    f.textarea('content', '内容摘要', { max: 5000, search: true, section: '内容' }),
    remarkField(),
  ],
});
