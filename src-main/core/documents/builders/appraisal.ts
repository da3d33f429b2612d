// 《社区矫正期满鉴定表》 (seeds 002 四(五)(17)①): thirty days before the term ends, the person's own 个人总结 and the
// office's account of the term and its 鉴定意见, signed and sealed; the county's 意见 left to it. One or two pages.
import { correctionPerson, type AppraisalEntry } from '../correctionData';
import { dateCn, text } from '../data';
import type { Part, RecordContext } from '../parts';
import { SIZE, para, table, textBlock } from '../style';
import { FORM_WIDTHS, countyOpinion, labelCell, personRows, signedOpinion, writeIn } from './correctionParts';

// 小四, as the 审批表: the 身份证号 whole in its cell, the form on one page unless the texts are long.
const size = SIZE.dense;

/** Text as entered, or `lines` empty lines to write it in by hand. */
const written = (value: string | null, lines: number) => (value ? textBlock(value, { size }) : writeIn(lines, size));

export function appraisal(ctx: RecordContext<'correctionSubject'>, entry: AppraisalEntry): Part {
  const person = correctionPerson(ctx.record);
  const date = text(entry, 'date');
  return {
    name: '社区矫正期满鉴定表',
    title: '社区矫正期满鉴定表',
    note: dateCn(date),
    blocks: [
      para(`填报单位：${ctx.officeName}`, { size, align: 'left', after: 0.3 }),
      table({
        widths: FORM_WIDTHS,
        size,
        rows: [
          ...personRows(person),
          [
            labelCell('个人总结'),
            {
              content: signedOpinion(written(text(entry, 'self_summary'), 6), {
                signer: '本人签名',
                date: null,
                seal: false,
                size,
              }),
              span: 3,
            },
          ],
          [labelCell('矫正期间表现'), { content: written(text(entry, 'performance'), 6), span: 3 }],
          [
            labelCell('司法所鉴定意见'),
            {
              content: signedOpinion(written(text(entry, 'opinion'), 3), { signer: '负责人签名', date, size }),
              span: 3,
            },
          ],
          { cells: [labelCell('县级社区矫正机构意见'), { content: countyOpinion(size), span: 3 }], keepTogether: true },
        ],
      }),
    ],
  };
}
