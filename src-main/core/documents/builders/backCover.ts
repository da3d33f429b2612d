// §3.12 封底, as an archive's 备考表: how many pages the file has, who filed and who checked it, when. The 卷宗 is
// numbered through to its 封底, the sheets for the filed paper materials included, so its pages are the 封底's own
// page number: a reference to it in the whole 卷宗, the number worked out for it when printed alone.
import { dateCn } from '../data';
import type { CaseContext, Part } from '../parts';
import { blank, para, type Inline } from '../style';

/** `pages`: the number of pages of the 卷宗, or null to leave it to be written in. */
export function backCover(ctx: CaseContext, pages: Inline | null): Part {
  const { c } = ctx;
  const line = (text: Inline | readonly Inline[]) => para(text, { align: 'left', left: 4, before: 1 });
  return {
    name: '封底',
    title: '封\u3000底',
    blocks: [
      line(['本卷共', pages ?? blank(6), '页（件）']),
      line(`立卷人：${c.filedBy ?? blank(12)}`),
      line(`检查人：${blank(12)}`),
      line(`立卷日期：${dateCn(c.filedDate)}`),
    ],
  };
}
