// §3.12 卷宗情况说明: the clerk's note on the file (what is missing and why), signed by whoever filed it.
import { dateCn } from '../data';
import type { CaseContext, Part } from '../parts';
import { signatureBlock, textBlock } from '../style';

export function fileNote(ctx: CaseContext): Part {
  const { c } = ctx;
  return {
    name: '卷宗情况说明',
    title: '卷宗情况说明',
    blocks: [
      ...textBlock(c.fileNote, { leadsIn: true }),
      ...signatureBlock(['立卷人（签名）'], { date: dateCn(c.filedDate) }),
    ],
  };
}
