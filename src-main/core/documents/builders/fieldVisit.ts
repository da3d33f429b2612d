// docs/spec/formats.md §7 社区矫正实地查访情况登记表, for one entry of a 社区矫正对象's 实地查访 list; 矫正机构 is this office.
import type { EntryView } from '../../../../src-shared/registers';
import { dateCn, strings, text, timeCn } from '../data';
import { lastRows, signatureRows, type Part, type RecordContext } from '../parts';
import { SIZE, table, textBlock, type CellInput } from '../style';

export function fieldVisit(
  ctx: RecordContext<'correctionSubject'>,
  entry: EntryView<'correctionSubject', 'field_visits'>,
): Part {
  const d = ctx.record;
  const size = SIZE.table;
  const label = (content: string): CellInput => ({ content, label: true });
  const long = (value: string | null): CellInput => ({ content: textBlock(value, { size }), span: 3 });
  return {
    name: '社区矫正实地查访情况登记表',
    title: '社区矫正实地查访情况登记表',
    note: dateCn(text(entry, 'date')),
    blocks: [
      table({
        widths: [1900, 3144, 1700, 2100],
        size,
        rows: [
          [label('矫正机构'), { content: ctx.officeName, span: 3 }],
          [label('查访对象姓名'), text(d, 'name') ?? '', label('性别'), text(d, 'sex') ?? ''],
          [label('矫正类别'), text(d, 'category') ?? '', label('查访场所'), text(entry, 'place') ?? ''],
          [
            label('查访时间'),
            { content: [dateCn(text(entry, 'date')), timeCn(text(entry, 'time'))].filter(Boolean).join(' '), span: 3 },
          ],
          [label('走访事由'), { content: text(entry, 'reason') ?? '', span: 3 }],
          [label('工作人员'), { content: strings(entry, 'staff').join('、'), span: 3 }],
          [label('被访人'), text(entry, 'interviewee') ?? '', label('与对象关系'), text(entry, 'relation') ?? ''],
          [label('查访情况记录'), long(text(entry, 'situation'))],
          ...lastRows([[label('走访意见（处理意见）'), long(text(entry, 'opinion'))]]),
          ...signatureRows(['查访对象\n签字', '工作人员\n签字'], dateCn(text(entry, 'date'))),
        ],
      }),
    ],
  };
}
