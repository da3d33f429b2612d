// §13 审批表 / 审核表 of one 审批事项, one form for every type: the title is the type's form, the 事项 rows its detail
// fields under its labels (src-shared/correctionApprovals.ts); then the office's signed 意见, the county's cell left
// empty (审核意见 on a 审核表, the court deciding), and 备注. One A4 page.
import { approvalWording } from '../approvalWording';
import { correctionPerson, detailItems, type Approval } from '../correctionData';
import { dateCn, text } from '../data';
import type { Part, RecordContext } from '../parts';
import { SIZE, para, table, textBlock } from '../style';
import { FORM_WIDTHS, countyOpinion, labelCell, personRows, signedOpinion, wideCell, writeIn } from './correctionParts';

// 小四 (§2.2 allows it for tables): the form holds a type's details and both opinions on one page.
const size = SIZE.dense;

/** 司法所意见: 同意 / 不同意 and its reasons as one text, the 负责人's signature, the seal and the day it was sent. */
function officeOpinion(approval: Approval) {
  const { entry } = approval;
  const verdict = text(entry, 'office_opinion');
  const reasons = text(entry, 'opinion_text');
  const opinion = reasons && verdict && !reasons.startsWith(verdict) ? `${verdict}。${reasons}` : (reasons ?? verdict);
  return signedOpinion(opinion ? textBlock(opinion, { size, firstLine: 0 }) : [], {
    signer: '负责人签名',
    date: text(entry, 'submit_date'),
    size,
  });
}

export function approvalForm(ctx: RecordContext<'correctionSubject'>, approval: Approval): Part {
  const { def, entry, type } = approval;
  const person = correctionPerson(ctx.record);
  // The entry's date: the day the application came in, or where the office proposes it, the day it filled the form.
  const received = approvalWording[type].applied ? '收到申请日期' : '填表日期';
  return {
    name: def.form,
    title: def.form,
    note: dateCn(text(entry, 'date')),
    blocks: [
      para(`填报单位：${ctx.officeName}`, { size, align: 'left', after: 0.3 }),
      table({
        widths: FORM_WIDTHS,
        size,
        rows: [
          ...personRows(person),
          [labelCell('审批事项'), type, labelCell(received), dateCn(text(entry, 'date'))],
          ...detailItems(approval).map((item) => [labelCell(item.label), wideCell(item.value, item.long, size)]),
          [labelCell('司法所意见'), { content: officeOpinion(approval), span: 3 }],
          [
            labelCell(def.review ? '县级社区矫正机构审核意见' : '县级社区矫正机构意见'),
            { content: countyOpinion(size), span: 3 },
          ],
          [
            labelCell('备注'),
            text(entry, 'note') ? wideCell(text(entry, 'note'), true, size) : { content: writeIn(2, size), span: 3 },
          ],
        ],
      }),
    ],
  };
}
