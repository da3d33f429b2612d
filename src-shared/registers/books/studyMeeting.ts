import { labels } from '../../codes';
import { defineRegister, f, registrationFields, remarkField } from '../fields';

/** docs/spec/formats.md §5.2 学习会议登记簿 */
export const studyMeeting = defineRegister({
  key: 'studyMeeting',
  table: 'study_meeting',
  title: '学习会议登记簿',
  noun: '学习会议',
  group: '七簿',
  dateField: 'meeting_date',
  summaryField: 'topic',
  defaultSort: { key: 'meeting_date', order: 'desc' },
  fields: [
    ...registrationFields(),
    f.date('meeting_date', '日期', { required: true, list: true, initial: 'today', section: '会议' }),
    f.time('start_time', '开始时间', { section: '会议' }),
    f.time('end_time', '结束时间', { section: '会议' }),
    f.text('location', '地点', { list: true, max: 100, section: '会议' }),
    f.select('meeting_type', '类型', labels('政治学习', '业务学习', '所务会', '调解员例会', '培训', '上级会议传达'), {
      required: true,
      list: true,
      filter: true,
      section: '会议',
    }),
    f.text('topic', '主题（议题）', { required: true, list: true, search: true, max: 200, section: '会议' }),
    f.text('host', '主持人', { list: true, search: true, max: 50, section: '人员' }),
    f.textarea('attendees', '参加人员', { search: true, max: 2000, section: '人员' }),
    f.int('expected_count', '应到人数', { max: 10000, section: '人员' }),
    f.int('present_count', '实到人数', { list: true, max: 10000, section: '人员' }),
    f.textarea('absentees', '缺席人员及原因', { max: 1000, section: '人员' }),
    f.textarea('content', '主要内容 / 会议记录', { search: true, max: 20000, section: '内容' }),
    f.textarea('outcome', '形成决定 / 学习体会', { search: true, max: 5000, section: '内容' }),
    f.staff('recorder', '记录人', { section: '内容' }),
    f.text('attachments', '附件', { max: 200, section: '内容', hint: '签到表、照片等' }),
    remarkField(),
  ],
});
