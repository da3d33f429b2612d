// §3.11 人民调解回访记录: 当事人 (those visited), 调解协议编号 (the 协议书's 编号, i.e. the 卷号), 回访事由 (the
// dispute's name), 回访情况, the visitor's signature and the date. Labels are the form's.
import { dateCn } from '../data';
import type { CaseContext, Part } from '../parts';
import { heading, labelled, signatureBlock, textBlock } from '../style';

export function revisit(ctx: CaseContext): Part {
  const { c } = ctx;
  return {
    name: '人民调解回访记录',
    title: '人民调解回访记录',
    blocks: [
      labelled('当事人', c.revisitInterviewees),
      labelled('调解协议编号', c.caseNo),
      labelled('回访事由', c.disputeName),
      ...(c.revisitMethod ? [labelled('回访方式', c.revisitMethod)] : []),
      heading('回访情况：'),
      ...textBlock(c.revisitContent, { leadsIn: true }),
      ...signatureBlock(['回访人（签名）'], { date: dateCn(c.revisitDate) }),
    ],
  };
}
