// docs/spec/formats.md §5.1 来访接待记录, from one entry of the 来信来访登记簿: the register's columns as a ruled form, then
// 来访人陈述 and 答复意见 in full, and the visitor's and receiver's signatures.
import { ageOnDocumentDate } from '../../../../src-shared/dates';
import { dateCn, parties, text, timeCn } from '../data';
import { lastRows, signatureRows, type Part, type RecordContext } from '../parts';
import { SIZE, table, textBlock, type CellInput } from '../style';

export function visitRecord(ctx: RecordContext<'petition'>): Part {
  const d = ctx.record;
  const size = SIZE.table;
  const visitor = parties(d, 'visitors')[0];
  const age = visitor ? ageOnDocumentDate(visitor, text(d, 'visit_date') ?? ctx.today) : null;
  const label = (content: string): CellInput => ({ content, label: true });
  const long = (value: string | null): CellInput => ({ content: textBlock(value, { size }), span: 3 });
  const handling = [text(d, 'handling'), text(d, 'transferred_to') ? `（转交${text(d, 'transferred_to')}）` : null]
    .filter(Boolean)
    .join('');
  const feedback = text(d, 'feedback_date');
  const result = [text(d, 'result'), feedback ? `反馈日期：${dateCn(feedback)}` : null].filter(Boolean).join('\n');
  return {
    name: '来访接待记录',
    title: '来访接待记录',
    blocks: [
      table({
        // 联系电话's cell holds an 11-digit mobile number on one line at 四号, with room for a wider Latin digit.
        widths: [1900, 3344, 1400, 2200],
        size,
        rows: [
          [label('接待单位'), { content: ctx.officeName, span: 3 }],
          [
            label('来访日期'),
            [dateCn(text(d, 'visit_date')), timeCn(text(d, 'visit_time'))].filter(Boolean).join(' '),
            label('方式'),
            text(d, 'method') ?? '',
          ],
          [label('来访人姓名'), visitor?.name ?? '', label('性别'), visitor?.sex ?? ''],
          [label('年龄'), age === null ? '' : String(age), label('联系电话'), visitor?.phone ?? ''],
          [label('住址（单位）'), { content: visitor?.address ?? '', span: 3 }],
          [label('来访人数'), text(d, 'visitor_count') ?? '', label('问题类别'), text(d, 'category') ?? ''],
          [label('反映问题（来访事由）'), long(text(d, 'matter'))],
          [label('来访人陈述'), long(text(d, 'statement'))],
          [label('答复意见'), long(text(d, 'reply'))],
          [label('处理意见'), handling, label('接待人'), text(d, 'receiver') ?? ''],
          ...lastRows([
            [label('处理结果及反馈'), long(result || null)],
            ...(text(d, 'linked_case_no')
              ? [[label('转为调解案件'), { content: text(d, 'linked_case_no') ?? '', span: 3 }]]
              : []),
          ]),
          ...signatureRows(['来访人\n（签名）', '接待人\n（签名）'], dateCn(text(d, 'visit_date'))),
        ],
      }),
    ],
  };
}
